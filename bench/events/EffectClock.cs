using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Bench.Events;

/// <summary>
/// When each event's producing transaction committed and when the consumer's transaction holding its effect
/// committed (both in this process, Stopwatch ticks).
/// </summary>
public sealed class EffectClock
{
    private readonly ConcurrentDictionary<Guid, long> committed = new();
    private readonly ConcurrentDictionary<Guid, long> effected = new();
    private readonly ConditionalWeakTable<DbContext, List<Guid>> handledBy = [];
    private readonly Lock gate = new();
    private int target = int.MaxValue;
    private TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Effects => effected.Count;

    public void Committed(Guid eventId) => committed[eventId] = Stopwatch.GetTimestamp();

    public void Handled(DbContext db, Guid eventId) => handledBy.GetOrCreateValue(db).Add(eventId);

    public void ContextCommitted(DbContext? db)
    {
        if (db is null || !handledBy.TryGetValue(db, out var ids) || ids.Count == 0)
            return;
        var now = Stopwatch.GetTimestamp();
        foreach (var id in ids)
            effected.TryAdd(id, now);
        ids.Clear();
        if (effected.Count >= Volatile.Read(ref target))
            reached.TrySetResult();
    }

    public void ContextRolledBack(DbContext? db)
    {
        if (db is not null && handledBy.TryGetValue(db, out var ids))
            ids.Clear();
    }

    /// <summary>Forgets everything measured and completes <see cref="UntilEffects"/> once <paramref name="count"/> effects committed.</summary>
    public void Restart(int count)
    {
        lock (gate)
        {
            committed.Clear();
            effected.Clear();
            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref target, count);
        }
    }

    public Task UntilEffects => reached.Task;

    /// <summary>Commit-to-effect latencies in milliseconds, and the first commit and last effect timestamps.</summary>
    public (double[] LatenciesMs, long FirstCommit, long LastEffect) Measure()
    {
        var latencies = new List<double>(effected.Count);
        foreach (var (id, effect) in effected)
        {
            if (committed.TryGetValue(id, out var commit))
                latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(commit, effect).TotalMilliseconds));
        }

        return ([.. latencies.Order()], committed.Values.DefaultIfEmpty().Min(), effected.Values.DefaultIfEmpty().Max());
    }
}
