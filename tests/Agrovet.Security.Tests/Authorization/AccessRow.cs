using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Agrovet.Security.Tests.Authorization;

/// <summary>One row of Authorization/access.json: who may call an operation, and the request that asks.</summary>
public sealed record AccessRow
{
    [JsonPropertyName("allowed")]
    public required IReadOnlyList<string> Allowed { get; init; }

    /// <summary>What is created fresh for each caller (<see cref="ResourceKinds"/>), or null for none.</summary>
    [JsonPropertyName("resource")]
    public string? Resource { get; init; }

    [JsonPropertyName("body")]
    public JsonNode? Body { get; init; }

    /// <summary>Path parameter values by name; without, each takes the resource's value of the same name, else its <c>id</c>.</summary>
    [JsonPropertyName("path")]
    public IReadOnlyDictionary<string, string>? Path { get; init; }

    [JsonPropertyName("query")]
    public IReadOnlyDictionary<string, string>? Query { get; init; }

    [JsonPropertyName("headers")]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    [JsonPropertyName("multipart")]
    public bool Multipart { get; init; }

    /// <summary>Each signed-in caller is a new account: the operation spends the caller's session or account.</summary>
    [JsonPropertyName("fresh_callers")]
    public bool FreshCallers { get; init; }

    /// <summary>Whoever may not see it, anonymous callers included, is answered 404, as if it did not exist.</summary>
    [JsonPropertyName("hidden")]
    public bool Hidden { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }
}
