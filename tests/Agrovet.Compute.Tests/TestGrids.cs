using System.Buffers;

namespace Agrovet.Compute.Tests;

/// <summary>Aggregates with given contents, to shade without aggregating.</summary>
public static class TestGrids
{
    public static AggregateGrid Counts(int height, int width, double[] data) =>
        new(width, height, Reduction.Count, 1, Rent(data.Select(value => (uint)value)), null);

    public static AggregateGrid Categories(int height, int width, int categories, double[] data) =>
        new(width, height, Reduction.CountCategorical, categories, Rent(data.Select(value => (uint)value)), null);

    public static AggregateGrid Values(int height, int width, double[] data) =>
        new(width, height, Reduction.Mean, 1, null, Rent(data));

    private static T[] Rent<T>(IEnumerable<T> values)
    {
        var list = values.ToList();
        var array = ArrayPool<T>.Shared.Rent(list.Count);
        list.CopyTo(array);
        return array;
    }
}
