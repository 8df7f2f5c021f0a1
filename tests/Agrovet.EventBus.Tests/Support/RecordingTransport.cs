using System.Collections.Concurrent;
using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>The real transport, recording how many events each publish carried (one entry per relay round).</summary>
public sealed class RecordingTransport(IEventTransport inner) : DelegatingTransport(inner)
{
    private readonly ConcurrentQueue<int> _rounds = new();

    public IReadOnlyList<int> Rounds => [.. _rounds];

    public override async Task PublishAsync(IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken)
    {
        await base.PublishAsync(events, cancellationToken);
        _rounds.Enqueue(events.Count);
    }
}
