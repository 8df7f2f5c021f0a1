namespace Agrovet.EventBus.Hosting;

/// <summary>
/// Settings of the event bus (configuration section <c>EventBus</c>, e.g. <c>EventBus__Consumer__MaxAttempts=8</c>).
/// Every default suits a service in production; tests shorten the timings.
/// </summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    /// <summary>CloudEvents <c>source</c> of the events this service raises. Default: "agrovet/&lt;service&gt;".</summary>
    public string? Source { get; set; }

    /// <summary>Consumer group of this service on every topic it consumes. Default: the service name ("profiles").</summary>
    public string? ConsumerGroup { get; set; }

    /// <summary>Consumer name within the group, unique per process. Default: "&lt;host&gt;-&lt;pid&gt;-&lt;random&gt;".</summary>
    public string? ConsumerName { get; set; }

    /// <summary>Prefix of every stream key: the stream of "user.events" is "agrovet:events:user.events".</summary>
    public string StreamKeyPrefix { get; set; } = "agrovet:events:";

    /// <summary>
    /// Retention: when a topic's stream grows past this many entries, the relay drops those every consumer group has
    /// acknowledged (XTRIM MINID ~). Entries a group has yet to handle are never dropped, so a consumer that is down or
    /// far behind makes the stream longer, not lossy.
    /// </summary>
    public int StreamMaxLength { get; set; } = 100_000;

    /// <summary>Each dead-letter stream is trimmed to about this many entries.</summary>
    public int DeadLetterMaxLength { get; set; } = 10_000;

    /// <summary>
    /// Serialize transactions that raise events for the same subject (a transaction-scoped advisory lock taken before
    /// the outbox rows get their ordering key), so the outbox order of one aggregate is its commit order.
    /// </summary>
    public bool OrderPerSubject { get; set; } = true;

    /// <summary>
    /// How often the consumer groups' lag, pending entries and dead letters and the outbox backlog are sampled for the
    /// metrics (agrovet.eventbus.consumer.lag, ...); zero turns the sampling off.
    /// </summary>
    public TimeSpan MetricsSampleInterval { get; set; } = TimeSpan.FromSeconds(15);

    public OutboxRelayOptions Relay { get; } = new();

    public EventConsumerOptions Consumer { get; } = new();
}
