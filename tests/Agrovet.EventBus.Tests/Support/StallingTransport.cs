using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>
/// The real transport with one fault injected, to stop a process at an exact point: after the <c>n</c>-th publish has
/// reached Redis (before the relay can mark it sent), or at every acknowledgement (after the consumer committed its
/// effects). The stalled call waits until the host is stopped, like a process that died there.
/// </summary>
public sealed class StallingTransport(IEventTransport inner, int stallAfterPublish = 0, bool stallAcknowledgements = false) : IEventTransport
{
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _publishes;

    /// <summary>Completes when a call has stalled.</summary>
    public Task Stalled => _stalled.Task;

    public async Task PublishAsync(IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken)
    {
        await inner.PublishAsync(events, cancellationToken);
        if (Interlocked.Increment(ref _publishes) == stallAfterPublish)
        {
            await StallAsync(cancellationToken);
        }
    }

    public async Task AcknowledgeAsync(ConsumerAddress consumer, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (stallAcknowledgements)
        {
            await StallAsync(cancellationToken);
        }

        await inner.AcknowledgeAsync(consumer, deliveries, cancellationToken);
    }

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

    private async Task StallAsync(CancellationToken cancellationToken)
    {
        _stalled.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
