namespace Agrovet.EventBus.Inbox;

/// <summary>
/// "This consumer group has handled this event": inserted in the handler's transaction, so a redelivered event finds
/// it and has no second effect.
/// </summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    /// <summary>The consumer group (normally the service name).</summary>
    public required string Consumer { get; init; }

    public required string Topic { get; init; }

    public required string Type { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
