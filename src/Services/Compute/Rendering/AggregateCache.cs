using Agrovet.Compute.Engine.Aggregation;
using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Rendering;

/// <summary>
/// The aggregates of the views rendered last, by <see cref="AggregateKey"/>, so that hover values (inspect) of a view
/// just rendered are read from its grid instead of aggregating again. Least recently used first out, within a byte
/// budget; grids are read under the cache's lock, so one is never returned to its pool while being read.
/// </summary>
public sealed class AggregateCache(IOptions<ComputeOptions> options) : IDisposable
{
    private readonly LinkedList<(string Key, AggregateGrid Grid, long Bytes)> _order = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, AggregateGrid Grid, long Bytes)>> _byKey = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly long _budget = options.Value.AggregateCacheBytes;
    private long _bytes;

    /// <summary>Keeps <paramref name="grid"/> (the cache owns it from now on and disposes it when it leaves).</summary>
    public void Add(string key, AggregateGrid grid)
    {
        var bytes = SizeOf(grid);
        if (bytes > _budget)
        {
            grid.Dispose();
            return;
        }
        lock (_lock)
        {
            if (_byKey.Remove(key, out var existing))
            {
                Drop(existing);
            }
            _byKey[key] = _order.AddFirst((key, grid, bytes));
            _bytes += bytes;
            while (_bytes > _budget && _order.Last is { } last)
            {
                _byKey.Remove(last.Value.Key);
                Drop(last);
            }
        }
    }

    /// <summary>Reads the grid of <paramref name="key"/> with <paramref name="read"/>, under the lock; false when it is not kept.</summary>
    public bool TryRead<T>(string key, Func<AggregateGrid, T> read, out T result)
    {
        lock (_lock)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                result = default!;
                return false;
            }
            _order.Remove(node);
            _order.AddFirst(node);
            result = read(node.Value.Grid);
            return true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var (_, grid, _) in _order)
            {
                grid.Dispose();
            }
            _order.Clear();
            _byKey.Clear();
            _bytes = 0;
        }
    }

    private void Drop(LinkedListNode<(string Key, AggregateGrid Grid, long Bytes)> node)
    {
        _order.Remove(node);
        _bytes -= node.Value.Bytes;
        node.Value.Grid.Dispose();
    }

    private static long SizeOf(AggregateGrid grid) =>
        (long)grid.Width * grid.Height * (grid.HoldsCounts ? grid.Categories * sizeof(uint) : sizeof(double));
}
