using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agrovet.Security.Tests.Authorization;

/// <summary>Authorization/access.json, the expected outcome of every operation for every caller, kept next to the test.</summary>
public sealed record AccessTable
{
    public const string FileName = "Authorization/access.json";

    [JsonPropertyName("operations")]
    public required IReadOnlyDictionary<string, AccessRow> Operations { get; init; }

    public static AccessTable Load() =>
        JsonSerializer.Deserialize<AccessTable>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, FileName)))
        ?? throw new InvalidOperationException($"{FileName} is empty.");
}
