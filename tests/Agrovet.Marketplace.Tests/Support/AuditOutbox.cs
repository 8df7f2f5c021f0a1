using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>The audit entries (<c>audit.recorded</c> outbox rows) the marketplace under test wrote about one object.</summary>
public static class AuditOutbox
{
    public sealed record AuditRow(string Topic, JsonElement Data);

    public static Task<List<AuditRow>> AuditEntriesAsync(this MarketplaceApiFactory api, string objectType, long objectId) =>
        api.InDbAsync(async db =>
        {
            var subject = $"{objectType}:{objectId}";
            var rows = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Type == "audit.recorded" && m.Subject == subject)
                .OrderBy(m => m.Id)
                .Select(m => new { m.Topic, m.Data })
                .ToListAsync(Ct);
            return rows.Select(r => new AuditRow(r.Topic, JsonDocument.Parse(r.Data).RootElement.Clone())).ToList();
        });

    /// <summary>The single entry about the object; fails when there is none or more than one.</summary>
    public static async Task<JsonElement> SingleAuditEntryAsync(this MarketplaceApiFactory api, string objectType, long objectId)
    {
        var entry = Assert.Single(await api.AuditEntriesAsync(objectType, objectId));
        Assert.Equal("audit.events", entry.Topic);
        return entry.Data;
    }

    /// <summary><c>changes</c> as field → (old, new) texts (JSON as written, null as "null").</summary>
    public static Dictionary<string, (string Old, string New)> Changes(this JsonElement entry) =>
        entry.GetProperty("changes").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (Text(p.Value[0]), Text(p.Value[1])));

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
