using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>
/// The real transport with one fault injected, to stop a process at an exact point: after the <c>n</c>-th publish has
/// reached Redis (before the relay can mark it sent), or at every acknowledgement (after the consumer committed its
/// effects). The stalled call waits until the host is stopped, like a process that died there.
/// </summary>
public sealed class StallingTransport(IEventTransport inner, int stallAfterPublish = 0, bool stallAcknowledgements = false) : DelegatingTransport(inner)
{
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _publishes;

    /// <summary>Completes when a call has stalled.</summary>
    public Task Stalled => _stalled.Task;

    public override async Task PublishAsync(IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken)
    {
        await base.PublishAsync(events, cancellationToken);
        if (Interlocked.Increment(ref _publishes) == stallAfterPublish)
        {
            await StallAsync(cancellationToken);
        }
    }

    public override async Task AcknowledgeAsync(ConsumerAddress consumer, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (stallAcknowledgements)
        {
            await StallAsync(cancellationToken);
        }

        await base.AcknowledgeAsync(consumer, deliveries, cancellationToken);
    }

    private async Task StallAsync(CancellationToken cancellationToken)
    {
        _stalled.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
