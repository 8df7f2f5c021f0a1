namespace Agrovet.EventBus.Outbox;

/// <summary>An outbox row the relay is about to publish (just the columns it needs).</summary>
internal sealed record PendingOutboxRow(
    long Id,
    Guid EventId,
    string Topic,
    string Type,
    string Source,
    string Subject,
    DateTimeOffset OccurredAt,
    string Data,
    string? Traceparent);
