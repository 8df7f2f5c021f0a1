using System.Collections.Concurrent;
using Agrovet.EventBus.Consuming;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>What one service host's handlers were asked to do (one probe per host).</summary>
public sealed class HandlerProbe
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private int _total;

    public int TotalAttempts => Volatile.Read(ref _total);

    public int AttemptsOf(Guid eventId) => _attempts.GetValueOrDefault(eventId);

    public void Attempted(EventContext context)
    {
        _attempts.AddOrUpdate(context.EventId, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _total);
    }
}
