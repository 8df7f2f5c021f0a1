using System.Text.Json;

namespace Agrovet.Testing;

/// <summary>An OpenAPI document's <c>components.schemas</c>, to follow <c>$ref</c>s (the probes here and the security suite).</summary>
public sealed class SchemaSet(JsonElement document)
{
    private const string Prefix = "#/components/schemas/";

    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 16 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = reference.GetString() ?? string.Empty;
            if (!target.StartsWith(Prefix, StringComparison.Ordinal)
                || !document.TryGetProperty("components", out var components)
                || !components.TryGetProperty("schemas", out var all)
                || !all.TryGetProperty(target[Prefix.Length..], out schema))
            {
                return default;
            }
        }

        return schema;
    }

    /// <summary>The JSON types a schema names (<c>type</c> as a string or a list; none when untyped).</summary>
    public static IReadOnlyList<string> TypesOf(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var declared)
            ? declared.ValueKind switch
            {
                JsonValueKind.String => [declared.GetString()!],
                JsonValueKind.Array => [.. declared.EnumerateArray().Select(t => t.GetString()!)],
                _ => [],
            }
            : [];
}
