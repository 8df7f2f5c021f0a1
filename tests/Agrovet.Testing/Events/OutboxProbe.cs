using System.Text.Json;
using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Testing;

/// <summary>Reads a service's outbox through its own DbContext: what it raised, in the transaction that raised it.</summary>
public static class OutboxProbe
{
    /// <summary>The outbox rows about <paramref name="subject"/> (of <paramref name="type"/> when given), oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxRow>> OutboxRowsAsync(this DbContext db, string subject, string? type, CancellationToken cancellationToken)
    {
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Subject == subject && (type == null || m.Type == type))
            .OrderBy(m => m.Id)
            .Select(m => new { m.Topic, m.Type, m.Subject, m.Data })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OutboxRow(r.Topic, r.Type, r.Subject, JsonDocument.Parse(r.Data).RootElement.Clone()))];
    }
}
