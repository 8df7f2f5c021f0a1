namespace Agrovet.EventBus.Diagnostics;

/// <summary>One sample of the bus's state, as <see cref="EventBusGauges"/> reports it.</summary>
internal sealed record EventBusSample(IReadOnlyList<GroupSample> Groups, IReadOnlyList<OutboxSample> Outboxes)
{
    public static readonly EventBusSample Empty = new([], []);
}

/// <summary>A consumer group on a topic: lag (not delivered), pending (not acknowledged), dead letters.</summary>
internal sealed record GroupSample(string Topic, string Group, long Lag, long Pending, long DeadLetters);

/// <summary>A database's outbox: rows not yet published and how long the oldest has waited.</summary>
internal sealed record OutboxSample(string Database, long Pending, TimeSpan? OldestPendingAge);
