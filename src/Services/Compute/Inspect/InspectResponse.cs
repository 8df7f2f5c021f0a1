namespace Agrovet.Compute.Inspect;

/// <summary>
/// The aggregate under one pixel of a view: the pixel, the data it covers (x and y ranges in the columns' units, degrees
/// under Web Mercator), the reduction and its value there (null where no point fell), and for count_cat the count of
/// each category present, largest first.
/// </summary>
public sealed record InspectResponse(
    string Dataset,
    int Px,
    int Py,
    double[] XRange,
    double[] YRange,
    string Agg,
    string? Column,
    double? Value,
    IReadOnlyList<InspectCategory> Categories);
