namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// What the colours mean: for a continuous shade, the aggregate's range and the data value at evenly spaced points of
/// the colormap (eq_hist spaces values unevenly); for count_cat, each category's colour.
/// </summary>
public sealed record Legend(
    string How,
    double? Min,
    double? Max,
    IReadOnlyList<LegendStop> Stops,
    IReadOnlyList<LegendCategory> Categories)
{
    public static readonly Legend Empty = new("linear", null, null, [], []);
}
