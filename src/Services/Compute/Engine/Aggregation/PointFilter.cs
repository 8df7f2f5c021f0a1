using Agrovet.Compute.Engine.Canvas;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>
/// Which rows take part: a time range (Unix seconds, inclusive), a subset of category codes, and a range of the
/// dataset's value column (inclusive; a row whose value is NaN fails it). Null means no filter.
/// </summary>
public sealed record PointFilter(Interval? Time = null, IReadOnlySet<int>? Categories = null, Interval? Value = null)
{
    public static readonly PointFilter None = new();

    public bool IsEmpty => Time is null && Categories is null && Value is null;
}
