using System.Text.Json;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Platform;

/// <summary>One operation of a service's committed OpenAPI document (docs/openapi/{service}.json).</summary>
/// <param name="Parameters">The path item's and the operation's parameters, resolved.</param>
/// <param name="BodyMediaType">The request body's media type ("application/json", "multipart/form-data"), or null without a body.</param>
/// <param name="BodySchema">The body's schema, resolved, or null.</param>
public sealed record ApiOperation(
    string Service,
    string Method,
    string PathTemplate,
    string OperationId,
    IReadOnlyList<JsonElement> Parameters,
    string? BodyMediaType,
    JsonElement? BodySchema,
    SchemaSet Schemas)
{
    public IEnumerable<JsonElement> ParametersIn(string location) =>
        Parameters.Where(p => p.GetProperty("in").GetString() == location);

    /// <summary>The path as clients call it: the contract's trailing slash, except for file names and the compute socket.</summary>
    public string Fill(IReadOnlyDictionary<string, string> pathValues)
    {
        var path = PathTemplate;
        foreach (var (name, value) in pathValues)
        {
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return PathTemplate.EndsWith(".png", StringComparison.Ordinal)
            || PathTemplate.EndsWith(".json", StringComparison.Ordinal)
            || PathTemplate.StartsWith("/ws/", StringComparison.Ordinal)
            ? path
            : path + "/";
    }

    public override string ToString() => $"{OperationId} ({Method} {PathTemplate}, {Service})";
}
