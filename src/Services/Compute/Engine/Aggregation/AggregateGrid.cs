using System.Buffers;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>
/// The result of an aggregation: one value per pixel (row 0 at the top), counts for count and count_cat, doubles
/// (NaN where empty) for the other reductions. Its arrays come from a pool: dispose it when done.
/// </summary>
public sealed class AggregateGrid : IDisposable
{
    private uint[]? _counts;
    private double[]? _values;

    internal AggregateGrid(int width, int height, Reduction reduction, int categories, uint[]? counts, double[]? values)
    {
        Width = width;
        Height = height;
        Reduction = reduction;
        Categories = categories;
        _counts = counts;
        _values = values;
    }

    public int Width { get; }

    public int Height { get; }

    public Reduction Reduction { get; }

    /// <summary>Categories per pixel: the dataset's category count for count_cat, else 1.</summary>
    public int Categories { get; }

    public bool HoldsCounts => Reduction is Reduction.Count or Reduction.CountCategorical;

    /// <summary>Per pixel (count) or per pixel and category (count_cat, pixel-major).</summary>
    public ReadOnlySpan<uint> Counts => HoldsCounts
        ? (_counts ?? throw new ObjectDisposedException(nameof(AggregateGrid))).AsSpan(0, Width * Height * Categories)
        : throw new InvalidOperationException($"A {Reduction.Name()} aggregate holds values, not counts.");

    /// <summary>Per pixel, NaN where no value.</summary>
    public ReadOnlySpan<double> Values => HoldsCounts
        ? throw new InvalidOperationException($"A {Reduction.Name()} aggregate holds counts, not values.")
        : (_values ?? throw new ObjectDisposedException(nameof(AggregateGrid))).AsSpan(0, Width * Height);

    /// <summary>The pooled counts array itself (it may be longer than the grid), for passes that run on several threads.</summary>
    internal uint[] CountArray => HoldsCounts
        ? _counts ?? throw new ObjectDisposedException(nameof(AggregateGrid))
        : throw new InvalidOperationException($"A {Reduction.Name()} aggregate holds values, not counts.");

    /// <summary>The pooled values array itself (it may be longer than the grid).</summary>
    internal double[] ValueArray => HoldsCounts
        ? throw new InvalidOperationException($"A {Reduction.Name()} aggregate holds counts, not values.")
        : _values ?? throw new ObjectDisposedException(nameof(AggregateGrid));

    /// <summary>Blocks of the dataset that were read, and how many the dataset has.</summary>
    public int BlocksRead { get; internal set; }

    public int BlocksTotal { get; internal set; }

    /// <summary>Rows in the blocks that were read.</summary>
    public long RowsScanned { get; internal set; }

    /// <summary>Whether this came from the dataset's preview sample (counts and sums scaled up to the full size).</summary>
    public bool IsPreview { get; internal set; }

    /// <summary>The pixel's value as a double (count as a number; count_cat: the total over categories).</summary>
    public double ValueAt(int x, int y)
    {
        var pixel = (y * Width) + x;
        if (!HoldsCounts)
        {
            return Values[pixel];
        }
        var counts = Counts.Slice(pixel * Categories, Categories);
        double total = 0;
        foreach (var count in counts)
        {
            total += count;
        }
        return total;
    }

    /// <summary>Smallest and largest non-empty value (counts: over non-zero pixels); null when all is empty.</summary>
    public (double Min, double Max)? Span()
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        if (Reduction == Reduction.Count)
        {
            uint low = uint.MaxValue, high = 0;
            foreach (var count in Counts)
            {
                if (count > 0)
                {
                    low = Math.Min(low, count);
                    high = Math.Max(high, count);
                }
            }
            return high > 0 ? (low, high) : null;
        }
        if (HoldsCounts)
        {
            var pixels = Width * Height;
            for (var p = 0; p < pixels; p++)
            {
                var value = ValueAt(p % Width, p / Width);
                if (value > 0)
                {
                    min = Math.Min(min, value);
                    max = Math.Max(max, value);
                }
            }
        }
        else
        {
            foreach (var value in Values)
            {
                if (!double.IsNaN(value))
                {
                    min = Math.Min(min, value);
                    max = Math.Max(max, value);
                }
            }
        }
        return min <= max ? (min, max) : null;
    }

    public void Dispose()
    {
        if (_counts is not null)
        {
            ArrayPool<uint>.Shared.Return(_counts);
            _counts = null;
        }
        if (_values is not null)
        {
            ArrayPool<double>.Shared.Return(_values);
            _values = null;
        }
    }
}
