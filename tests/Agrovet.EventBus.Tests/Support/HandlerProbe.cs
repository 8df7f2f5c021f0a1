using System.Collections.Concurrent;
using Agrovet.EventBus.Consuming;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>What one service host's handlers were asked to do (one probe per host).</summary>
public sealed class HandlerProbe
{
    private readonly ConcurrentDictionary<Guid, int> attempts = new();
    private int total;

    public int TotalAttempts => Volatile.Read(ref total);

    public int AttemptsOf(Guid eventId) => attempts.GetValueOrDefault(eventId);

    public void Attempted(EventContext context)
    {
        attempts.AddOrUpdate(context.EventId, 1, (_, n) => n + 1);
        Interlocked.Increment(ref total);
    }
}
