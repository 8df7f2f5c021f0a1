namespace Agrovet.EventBus.Outbox;

/// <summary>
/// An event waiting to be published (or, once <see cref="SentAt"/> is set, kept for a while after). Written in the
/// same transaction as the change it describes; <see cref="Id"/> is the publishing order.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Ordering key (bigint identity).</summary>
    public long Id { get; private set; }

    public Guid EventId { get; init; }

    public required string Topic { get; init; }

    public required string Type { get; init; }

    /// <summary>Stamped from <c>EventBusOptions.Source</c> when the row is saved.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The aggregate the event is about (e.g. the user id): events of one subject are published in commit order.</summary>
    public required string Subject { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The event record as JSON, stored as the serializer wrote it.</summary>
    public required string Data { get; init; }

    /// <summary>W3C traceparent of the activity that raised the event.</summary>
    public string? Traceparent { get; init; }

    public DateTimeOffset? SentAt { get; private set; }
}
