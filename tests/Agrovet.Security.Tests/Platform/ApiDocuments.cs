using System.Text.Json;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Platform;

/// <summary>Every operation of every service, read from the documents the repository keeps in docs/openapi/ (written by <c>./agrovet openapi</c>).</summary>
public static class ApiDocuments
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private static readonly Lazy<IReadOnlyList<ApiOperation>> Loaded = new(Load);

    public static string Directory => Path.Combine(RepoPaths.Root, "docs", "openapi");

    public static IReadOnlyList<ApiOperation> Operations => Loaded.Value;

    private static List<ApiOperation> Load()
    {
        var operations = new List<ApiOperation>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var service = Path.GetFileNameWithoutExtension(file);
            var document = JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();
            var schemas = new SchemaSet(document);
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                var shared = ParametersOf(path.Value, schemas);
                foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name, StringComparer.Ordinal)))
                {
                    var (mediaType, body) = BodyOf(operation.Value, schemas);
                    operations.Add(new ApiOperation(
                        service,
                        operation.Name.ToUpperInvariant(),
                        path.Name,
                        operation.Value.GetProperty("operationId").GetString()!,
                        [.. shared, .. ParametersOf(operation.Value, schemas)],
                        mediaType,
                        body,
                        schemas));
                }
            }
        }

        return operations;
    }

    private static List<JsonElement> ParametersOf(JsonElement owner, SchemaSet schemas) =>
        owner.TryGetProperty("parameters", out var parameters) ? [.. parameters.EnumerateArray().Select(schemas.Resolve)] : [];

    private static (string? MediaType, JsonElement? Schema) BodyOf(JsonElement operation, SchemaSet schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content))
        {
            return (null, null);
        }

        var first = content.EnumerateObject().First();
        return (first.Name, first.Value.TryGetProperty("schema", out var schema) ? schemas.Resolve(schema) : null);
    }
}
