using Agrovet.ServiceDefaults.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// Text and numbers as the services write them. Every string goes through <see cref="CheckedStringJsonConverter"/>,
/// and the generator gives a property with a custom converter no schema at all, so strings get theirs back here
/// (nullable where the property is). Numbers are written as JSON numbers; the lenience that reads "12" as 12 is not
/// part of the contract, so their schema is the number alone.
/// </summary>
internal sealed class PrimitiveSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null && schema.AnyOf is null && schema.OneOf is null)
        {
            schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
