using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>The real transport passed through; a test transport overrides only the calls it watches or breaks.</summary>
public abstract class DelegatingTransport(IEventTransport inner) : IEventTransport
{
    public virtual Task PublishAsync(IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken) =>
        inner.PublishAsync(events, cancellationToken);

    public virtual Task AcknowledgeAsync(ConsumerAddress consumer, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken) =>
        inner.AcknowledgeAsync(consumer, deliveries, cancellationToken);

    public Task EnsureConsumerGroupAsync(string topic, string group, CancellationToken cancellationToken) =>
        inner.EnsureConsumerGroupAsync(topic, group, cancellationToken);

    public Task<IReadOnlyList<Delivery>> ReadAsync(ConsumerAddress consumer, int maxCount, CancellationToken cancellationToken) =>
        inner.ReadAsync(consumer, maxCount, cancellationToken);

    public Task<IReadOnlyList<Delivery>> ClaimStaleAsync(ConsumerAddress consumer, TimeSpan minIdle, int maxCount, CancellationToken cancellationToken) =>
        inner.ClaimStaleAsync(consumer, minIdle, maxCount, cancellationToken);

    public Task DeadLetterAsync(ConsumerAddress consumer, Delivery delivery, string error, int attempts, CancellationToken cancellationToken) =>
        inner.DeadLetterAsync(consumer, delivery, error, attempts, cancellationToken);

    public Task<IAsyncDisposable> WatchAsync(string topic, Action onPublished, CancellationToken cancellationToken) =>
        inner.WatchAsync(topic, onPublished, cancellationToken);

    public Task<IReadOnlyList<string>> ListTopicsAsync(CancellationToken cancellationToken) => inner.ListTopicsAsync(cancellationToken);

    public Task<TopicStats> GetStatsAsync(string topic, CancellationToken cancellationToken) => inner.GetStatsAsync(topic, cancellationToken);

    public Task TrimAsync(string topic, CancellationToken cancellationToken) => inner.TrimAsync(topic, cancellationToken);
}
