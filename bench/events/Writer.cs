using System.Diagnostics;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Bench.Events;

/// <summary>The producer's unit of work: one sign-up row and its <c>user.created</c> event, committed by one SaveChanges.</summary>
public sealed class Writer(IServiceProvider producer, EffectClock clock)
{
    private long _sequence;

    /// <summary>One transaction with <paramref name="events"/> sign-ups and their events.</summary>
    public async Task WriteAsync(int events = 1)
    {
        await using var scope = producer.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        var raised = new List<Guid>(events);
        for (var i = 0; i < events; i++)
        {
            var n = Interlocked.Increment(ref _sequence);
            var signup = new Signup { Id = Guid.CreateVersion7(), Username = $"user{n}", CreatedAt = DateTime.UtcNow };
            db.Signups.Add(signup);
            var message = db.Outbox().Raise(
                new UserCreated(n, signup.Username, $"{signup.Username}@bench.local", "consumer", true, DateTimeOffset.UtcNow), signup.Id.ToString());
            raised.Add(message.EventId);
        }

        await db.SaveChangesAsync();
        foreach (var eventId in raised)
        {
            clock.Committed(eventId);
        }
    }

    /// <summary>
    /// <paramref name="count"/> events from <paramref name="writers"/> concurrent writers, <paramref name="perTransaction"/>
    /// per transaction, as fast as they go.
    /// </summary>
    public Task BurstAsync(int count, int writers, int perTransaction = 1) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = w * perTransaction; i < count; i += writers * perTransaction)
            {
                await WriteAsync(Math.Min(perTransaction, count - i));
            }
        })));

    /// <summary>
    /// Writes <paramref name="perSecond"/> events a second for <paramref name="duration"/> on a fixed schedule,
    /// <paramref name="perTransaction"/> per transaction; a writer that falls behind catches up without waiting.
    /// </summary>
    public Task SteadyAsync(int perSecond, TimeSpan duration, int writers, int perTransaction = 1)
    {
        var transactions = (int)(perSecond * duration.TotalSeconds / perTransaction);
        var interval = TimeSpan.FromSeconds((double)perTransaction / perSecond);
        var start = Stopwatch.GetTimestamp();
        return Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = w; i < transactions; i += writers)
            {
                var wait = (interval * i) - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                await WriteAsync(perTransaction);
            }
        })));
    }
}
