using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>Lets a field's custom converter (<see cref="IDescribesOpenApiSchema"/>) say what the field looks like.</summary>
internal sealed class ConverterSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if ((context.JsonPropertyInfo?.CustomConverter ?? context.JsonTypeInfo.Converter) is IDescribesOpenApiSchema describer)
        {
            var nullable = context.JsonPropertyInfo is { IsGetNullable: true } || Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) is not null;
            describer.Describe(schema, nullable);
        }

        return Task.CompletedTask;
    }
}
