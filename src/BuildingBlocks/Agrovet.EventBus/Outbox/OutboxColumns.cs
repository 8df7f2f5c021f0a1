using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus.Outbox;

/// <summary>The columns a raw statement inserts into the outbox, in the order its values follow, as the context's model names them.</summary>
internal static class OutboxColumns
{
    public static string InsertList(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";
        return string.Join(", ", new[]
        {
            nameof(OutboxMessage.EventId), nameof(OutboxMessage.Topic), nameof(OutboxMessage.Type), nameof(OutboxMessage.Source),
            nameof(OutboxMessage.Subject), nameof(OutboxMessage.OccurredAt), nameof(OutboxMessage.Data), nameof(OutboxMessage.Traceparent),
        }.Select(Column));
    }
}
