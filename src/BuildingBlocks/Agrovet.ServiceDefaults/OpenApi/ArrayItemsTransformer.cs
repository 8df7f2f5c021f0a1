using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// An array schema always says what its items are: the generator leaves <c>items</c> out of a list type it has already
/// described elsewhere in the document (seen with a <c>List&lt;string&gt;</c> used twice), which OpenAPI tools refuse.
/// </summary>
internal sealed class ArrayItemsTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array) && schema.Items is null && context.JsonTypeInfo.ElementType is { } element)
        {
            schema.Items = await context.GetOrCreateSchemaAsync(element, null, cancellationToken);
        }
    }
}
