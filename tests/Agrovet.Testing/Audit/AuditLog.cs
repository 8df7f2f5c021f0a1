using System.Net;
using System.Text.Json;
using Xunit;
using static Agrovet.Testing.TestCancellation;

namespace Agrovet.Testing;

/// <summary>
/// Reads the audit log (<c>GET /api/auth/audit/</c>), waiting for entries that travel through the event bus, and the
/// <c>changes</c> of an entry (<c>{field: [old, new]}</c>), whether read from the log or from a service's outbox.
/// </summary>
public static class AuditLog
{
    public const string Path = "/api/auth/audit/";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static string UserHistory(long userId) => $"{Path}?object_type=user&object_id={userId}";

    public static async Task<JsonElement> GetAsync(HttpClient admin, string pathAndQuery)
    {
        using var response = await admin.GetAsync(pathAndQuery, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>Polls <paramref name="pathAndQuery"/> until its count reaches <paramref name="count"/>; returns that page.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient admin, string pathAndQuery, int count)
    {
        JsonElement page = default;
        await Poll.UntilAsync(
            async () =>
            {
                page = await GetAsync(admin, pathAndQuery);
                return page.GetProperty("count").GetInt64() >= count;
            },
            Patience,
            $"{count} audit entries at {pathAndQuery}",
            Ct);
        return page;
    }

    public static List<JsonElement> Results(JsonElement page) => [.. page.GetProperty("results").EnumerateArray()];

    /// <summary>The <c>[old, new]</c> pair of <paramref name="field"/> in an entry's changes, as raw JSON.</summary>
    public static (string Old, string New) Change(JsonElement entry, string field)
    {
        var pair = entry.GetProperty("changes").GetProperty(field);
        Assert.Equal(2, pair.GetArrayLength());
        return (pair[0].GetRawText(), pair[1].GetRawText());
    }

    /// <summary>An entry's <c>changes</c> as field → (old, new) texts (strings as they are, other JSON as written, null as "null").</summary>
    public static Dictionary<string, (string Old, string New)> Changes(this JsonElement entry) =>
        entry.GetProperty("changes").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (Text(p.Value[0]), Text(p.Value[1])),
            StringComparer.Ordinal);

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
