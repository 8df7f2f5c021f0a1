namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>
/// A validated aggregation: the canvas, the x and y columns (float32), the reduction and its value column, the filter.
/// </summary>
public sealed record AggregationQuery(
    Canvas.Canvas Canvas,
    Reduction Reduction,
    string XColumn = "lon",
    string YColumn = "lat",
    string? ValueColumn = null,
    PointFilter? Filter = null)
{
    public PointFilter Filters => Filter ?? PointFilter.None;
}
