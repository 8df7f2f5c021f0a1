using System.Text.Json.Serialization.Metadata;
using Agrovet.ServiceDefaults.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// An <see cref="Optional{T}"/> field is documented as what it carries (or null, which clears it) and is never
/// required: leaving it out is how a PATCH keeps the current value. Without this the generator describes the wrapper
/// struct as an empty object every body must send.
/// </summary>
internal sealed class OptionalFieldSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (CarriedType(context.JsonTypeInfo.Type) is { } carried)
        {
            var inner = await context.GetOrCreateSchemaAsync(carried, null, cancellationToken);
            schema.Type = (inner.Type ?? JsonSchemaType.String) | JsonSchemaType.Null;
            schema.Format = inner.Format;
            schema.Items = inner.Items;
            schema.Pattern = inner.Pattern;
            schema.Properties = inner.Properties;
            return;
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Required is { Count: > 0 } required)
        {
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (CarriedType(property.PropertyType) is not null)
                {
                    required.Remove(property.Name);
                }
            }
        }
    }

    private static Type? CarriedType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>) ? type.GetGenericArguments()[0] : null;
}
