namespace Agrovet.EventBus.Transport;

/// <summary>
/// What the bus needs from a broker: ordered batch publish, consumer-group reads, acknowledgement, reclaiming what a
/// dead consumer left, dead-lettering and statistics. Redis Streams implements it today (<c>RedisStreamsTransport</c>);
/// a Kafka transport maps topic → topic, group → consumer group, delivery id → partition/offset.
/// </summary>
public interface IEventTransport
{
    /// <summary>Publishes the events in order. On failure some may have been published: the caller retries the batch.</summary>
    Task PublishAsync(IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken);

    /// <summary>Creates the consumer group (reading the topic from its oldest retained event) if it does not exist.</summary>
    Task EnsureConsumerGroupAsync(string topic, string group, CancellationToken cancellationToken);

    /// <summary>New deliveries for this consumer (nothing waits on the broker; an empty list means none right now).</summary>
    Task<IReadOnlyList<Delivery>> ReadAsync(ConsumerAddress consumer, int maxCount, CancellationToken cancellationToken);

    /// <summary>Takes over deliveries of the group left unacknowledged for at least <paramref name="minIdle"/>.</summary>
    Task<IReadOnlyList<Delivery>> ClaimStaleAsync(ConsumerAddress consumer, TimeSpan minIdle, int maxCount, CancellationToken cancellationToken);

    Task AcknowledgeAsync(ConsumerAddress consumer, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken);

    /// <summary>Copies the delivery with <paramref name="error"/> to the topic's dead-letter stream and acknowledges it.</summary>
    Task DeadLetterAsync(ConsumerAddress consumer, Delivery delivery, string error, int attempts, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="onPublished"/> (a hint, no payload) when events are published to the topic.</summary>
    Task<IAsyncDisposable> WatchAsync(string topic, Action onPublished, CancellationToken cancellationToken);

    /// <summary>Topics that have a stream, plus the well-known ones.</summary>
    Task<IReadOnlyList<string>> ListTopicsAsync(CancellationToken cancellationToken);

    Task<TopicStats> GetStatsAsync(string topic, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the topic's stream near its retention length by dropping entries that every consumer group has
    /// acknowledged; entries some group has yet to handle are kept, however long the stream grows.
    /// </summary>
    Task TrimAsync(string topic, CancellationToken cancellationToken);
}
