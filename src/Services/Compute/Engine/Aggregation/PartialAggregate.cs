using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>
/// One worker's running aggregate; workers never share one, so no locks or atomics. Merged at the end, then turned into
/// an <see cref="AggregateGrid"/>. Arrays come from the shared pool and go back to it.
/// </summary>
internal sealed unsafe class PartialAggregate : IDisposable
{
    private readonly Reduction _reduction;
    private readonly int _cells;
    private uint[]? _counts;
    private double[]? _sums;
    private double[]? _squares;
    private float[]? _extremes;

    /// <summary>
    /// A count that <see cref="AddCounts"/> fills keeps two grids while it runs, even rows into the first and odd rows
    /// into the second: the rows follow a space-filling curve, so neighbours land in the same pixel again and again, and
    /// with one grid each increment waited for the store of the one before (one core counts about 15% more points a
    /// second with two). Folded into one (<see cref="Fold"/>) before anything reads the counts.
    /// </summary>
    private bool _split;

    /// <param name="splitCounts">
    /// Keep two count grids for <see cref="AddCounts"/> (the CPU engine); false for a backend that fills
    /// <see cref="Counts"/> itself.
    /// </param>
    public PartialAggregate(Reduction reduction, int pixels, int categories, bool splitCounts = false)
    {
        _reduction = reduction;
        Pixels = pixels;
        _cells = reduction == Reduction.CountCategorical ? pixels * categories : pixels;
        if (reduction is Reduction.Min or Reduction.Max)
        {
            _extremes = ArrayPool<float>.Shared.Rent(_cells);
            _extremes.AsSpan(0, _cells).Fill(reduction == Reduction.Min ? float.PositiveInfinity : float.NegativeInfinity);
            return;
        }
        _split = splitCounts && reduction == Reduction.Count;
        _counts = Rent<uint>(_split ? 2 * _cells : _cells);
        if (reduction is Reduction.Sum or Reduction.Mean or Reduction.Std)
        {
            _sums = Rent<double>(_cells);
        }
        if (reduction == Reduction.Std)
        {
            _squares = Rent<double>(_cells);
        }
    }

    public int Pixels { get; }

    /// <summary>The running arrays, for a backend that fills them elsewhere (the GPU copies its results in).</summary>
    internal Span<uint> Counts => _counts.AsSpan(0, _counts is null ? 0 : _cells);

    internal Span<double> Sums => _sums.AsSpan(0, _sums is null ? 0 : _cells);

    internal Span<double> Squares => _squares.AsSpan(0, _squares is null ? 0 : _cells);

    internal Span<float> Extremes => _extremes.AsSpan(0, _extremes is null ? 0 : _cells);

    public void AddCounts(int* pixels, int count)
    {
        var counts = _counts!;
        fixed (uint* grid = counts)
        {
            var second = _split ? grid + _cells : grid;
            var i = 0;
            for (; i + 1 < count; i += 2)
            {
                var pixel = pixels[i];
                if (pixel >= 0)
                {
                    grid[pixel]++;
                }
                pixel = pixels[i + 1];
                if (pixel >= 0)
                {
                    second[pixel]++;
                }
            }
            if (i < count && pixels[i] >= 0)
            {
                grid[pixels[i]]++;
            }
        }
    }

    /// <summary>Adds the second count grid into the first (see <see cref="_split"/>).</summary>
    private void Fold()
    {
        if (_split)
        {
            AddInto(_counts.AsSpan(0, _cells), _counts.AsSpan(_cells, _cells));
            _split = false;
        }
    }

    public void AddCategoryCounts(int* pixels, byte* codes, bool wideCodes, int categories, int count)
    {
        fixed (uint* grid = _counts)
        {
            for (var i = 0; i < count; i++)
            {
                var pixel = pixels[i];
                if (pixel >= 0)
                {
                    int code = wideCodes ? ((ushort*)codes)[i] : codes[i];
                    grid[(pixel * categories) + code]++;
                }
            }
        }
    }

    public void AddValues(int* pixels, float* values, int count)
    {
        switch (_reduction)
        {
            case Reduction.Min:
                fixed (float* grid = _extremes)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var pixel = pixels[i];
                        var value = values[i];
                        if (pixel >= 0 && float.IsFinite(value) && value < grid[pixel])
                        {
                            grid[pixel] = value;
                        }
                    }
                }
                break;
            case Reduction.Max:
                fixed (float* grid = _extremes)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var pixel = pixels[i];
                        var value = values[i];
                        if (pixel >= 0 && float.IsFinite(value) && value > grid[pixel])
                        {
                            grid[pixel] = value;
                        }
                    }
                }
                break;
            case Reduction.Std:
                fixed (uint* counts = _counts)
                fixed (double* sums = _sums)
                fixed (double* squares = _squares)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var pixel = pixels[i];
                        double value = values[i];
                        if (pixel >= 0 && double.IsFinite(value))
                        {
                            counts[pixel]++;
                            sums[pixel] += value;
                            squares[pixel] += value * value;
                        }
                    }
                }
                break;
            default:
                fixed (uint* counts = _counts)
                fixed (double* sums = _sums)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var pixel = pixels[i];
                        double value = values[i];
                        if (pixel >= 0 && double.IsFinite(value))
                        {
                            counts[pixel]++;
                            sums[pixel] += value;
                        }
                    }
                }
                break;
        }
    }

    /// <summary>Adds another worker's aggregate into this one.</summary>
    public void Merge(PartialAggregate other)
    {
        Fold();
        other.Fold();
        if (_counts is not null)
        {
            AddInto(_counts.AsSpan(0, _cells), other._counts.AsSpan(0, _cells));
        }
        if (_sums is not null)
        {
            AddInto(_sums.AsSpan(0, _cells), other._sums.AsSpan(0, _cells));
        }
        if (_squares is not null)
        {
            AddInto(_squares.AsSpan(0, _cells), other._squares.AsSpan(0, _cells));
        }
        if (_extremes is not null)
        {
            var mine = _extremes.AsSpan(0, _cells);
            var theirs = other._extremes.AsSpan(0, _cells);
            for (var i = 0; i < mine.Length; i++)
            {
                mine[i] = _reduction == Reduction.Min ? MathF.Min(mine[i], theirs[i]) : MathF.Max(mine[i], theirs[i]);
            }
        }
    }

    /// <summary>
    /// Turns the partial into the grid, scaling counts and sums by <paramref name="rowWeight"/> (a sample's rows stand for
    /// that many rows). The counts array moves into the grid; this partial is spent afterwards.
    /// </summary>
    public AggregateGrid ToGrid(int width, int height, int categories, uint rowWeight)
    {
        Fold();
        if (_reduction is Reduction.Count or Reduction.CountCategorical)
        {
            var counts = _counts!;
            if (rowWeight > 1)
            {
                foreach (ref var count in counts.AsSpan(0, _cells))
                {
                    count *= rowWeight;
                }
            }
            _counts = null;
            return new AggregateGrid(width, height, _reduction, _reduction == Reduction.CountCategorical ? categories : 1, counts, null);
        }
        var values = ArrayPool<double>.Shared.Rent(Pixels);
        for (var p = 0; p < Pixels; p++)
        {
            values[p] = _reduction switch
            {
                Reduction.Min or Reduction.Max => float.IsInfinity(_extremes![p]) ? double.NaN : _extremes[p],
                _ when _counts![p] == 0 => double.NaN,
                Reduction.Sum => _sums![p] * rowWeight,
                Reduction.Mean => _sums![p] / _counts[p],
                _ => StandardDeviation(_counts[p], _sums![p], _squares![p]),
            };
        }
        return new AggregateGrid(width, height, _reduction, 1, null, values);
    }

    public void Dispose()
    {
        Return(ref _counts);
        Return(ref _sums);
        Return(ref _squares);
        Return(ref _extremes);
    }

    private static double StandardDeviation(uint count, double sum, double squares)
    {
        var mean = sum / count;
        return Math.Sqrt(Math.Max(0.0, (squares / count) - (mean * mean)));
    }

    private static T[] Rent<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        array.AsSpan(0, length).Clear();
        return array;
    }

    private static void Return<T>(ref T[]? array)
    {
        if (array is not null)
        {
            ArrayPool<T>.Shared.Return(array);
            array = null;
        }
    }

    private static void AddInto<T>(Span<T> target, ReadOnlySpan<T> source)
        where T : unmanaged, INumber<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var wide = MemoryMarshal.Cast<T, Vector<T>>(target);
            var other = MemoryMarshal.Cast<T, Vector<T>>(source);
            for (; i < wide.Length; i++)
            {
                wide[i] += other[i];
            }
            i *= Vector<T>.Count;
        }
        for (; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
