using System.Text.Json;
using Agrovet.Contracts.Audit;

namespace Agrovet.Auth.Audit;

/// <summary>
/// One administrator's action, as some service reported it with <see cref="AdminActionRecorded"/>. Rows are only ever
/// inserted: the table refuses UPDATE, DELETE and TRUNCATE (see <see cref="AuditEntryConfiguration"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The id of the event that reported the action, so a redelivered event cannot add a second row.</summary>
    public Guid Id { get; init; }

    public long ActorId { get; init; }

    public required string ActorUsername { get; init; }

    public required string Action { get; init; }

    public required string ObjectType { get; init; }

    public required string ObjectId { get; init; }

    public required string ObjectRepr { get; init; }

    /// <summary><c>{"field": [old, new]}</c> as JSON (a <c>jsonb</c> column).</summary>
    public required string Changes { get; init; }

    /// <summary>When the administrator acted (the event's <c>occurred_at</c>).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When this service stored the entry.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    public static AuditEntry From(AdminActionRecorded recorded, Guid eventId, DateTimeOffset eventTime, DateTimeOffset now)
    {
        var occurredAt = recorded.OccurredAt == default ? eventTime : recorded.OccurredAt;
        return new AuditEntry
        {
            Id = eventId,
            ActorId = recorded.ActorId,
            ActorUsername = recorded.ActorUsername ?? string.Empty,
            Action = recorded.Action,
            ObjectType = recorded.ObjectType,
            ObjectId = recorded.ObjectId,
            ObjectRepr = recorded.ObjectRepr ?? string.Empty,
            Changes = recorded.Changes.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? "{}" : recorded.Changes.GetRawText(),
            CreatedAt = occurredAt.ToUniversalTime(),
            RecordedAt = now.ToUniversalTime(),
        };
    }
}
