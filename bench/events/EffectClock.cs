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
    private readonly ConcurrentDictionary<Guid, long> _committed = new();
    private readonly ConcurrentDictionary<Guid, long> _effected = new();
    private readonly ConditionalWeakTable<DbContext, List<Guid>> _handledBy = [];
    private readonly Lock _gate = new();
    private int _target = int.MaxValue;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Effects => _effected.Count;

    public void Committed(Guid eventId) => _committed[eventId] = Stopwatch.GetTimestamp();

    public void Handled(DbContext db, Guid eventId) => _handledBy.GetOrCreateValue(db).Add(eventId);

    public void ContextCommitted(DbContext? db)
    {
        if (db is null || !_handledBy.TryGetValue(db, out var ids) || ids.Count == 0)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        foreach (var id in ids)
        {
            _effected.TryAdd(id, now);
        }

        ids.Clear();
        if (_effected.Count >= Volatile.Read(ref _target))
        {
            _reached.TrySetResult();
        }
    }

    public void ContextRolledBack(DbContext? db)
    {
        if (db is not null && _handledBy.TryGetValue(db, out var ids))
        {
            ids.Clear();
        }
    }

    /// <summary>Forgets everything measured and completes <see cref="UntilEffects"/> once <paramref name="count"/> effects committed.</summary>
    public void Restart(int count)
    {
        lock (_gate)
        {
            _committed.Clear();
            _effected.Clear();
            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _target, count);
        }
    }

    public Task UntilEffects => _reached.Task;

    /// <summary>Commit-to-effect latencies in milliseconds, and the first commit and last effect timestamps.</summary>
    public (double[] LatenciesMs, long FirstCommit, long LastEffect) Measure()
    {
        var latencies = new List<double>(_effected.Count);
        foreach (var (id, effect) in _effected)
        {
            if (_committed.TryGetValue(id, out var commit))
            {
                latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(commit, effect).TotalMilliseconds));
            }
        }

        return ([.. latencies.Order()], _committed.Values.DefaultIfEmpty().Min(), _effected.Values.DefaultIfEmpty().Max());
    }
}
