namespace Agrovet.Compute.Engine.Canvas;

/// <summary>
/// The raster to aggregate into, as Datashader's Canvas: its size in pixels and the data ranges it covers. Row 0 of
/// every grid and image is the top (the largest y). A point on a range's upper edge falls in the last pixel.
/// </summary>
public sealed record Canvas(int Width, int Height, Interval XRange, Interval YRange, Projection Projection = Projection.Linear)
{
    public const int MaxSide = 4096;

    public int Pixels => Width * Height;

    /// <summary>The x range in the x column's units (degrees of longitude under Web Mercator).</summary>
    public Interval DataXRange => Projection == Projection.WebMercator
        ? new Interval(WebMercator.Longitude(XRange.Min), WebMercator.Longitude(XRange.Max))
        : XRange;

    /// <summary>The y range in the y column's units (degrees of latitude under Web Mercator).</summary>
    public Interval DataYRange => Projection == Projection.WebMercator
        ? new Interval(WebMercator.Latitude(YRange.Min), WebMercator.Latitude(YRange.Max))
        : YRange;

    /// <summary>
    /// Latitudes of the row edges under Web Mercator, from the bottom: edge k is the inverse projection of
    /// YRange.Min + k * YRange.Length / Height; a point falls in the band [edge k, edge k+1), the last band closed.
    /// </summary>
    public double[] MercatorRowEdges()
    {
        var edges = new double[Height + 1];
        var step = YRange.Length / Height;
        for (var k = 0; k < Height; k++)
        {
            edges[k] = WebMercator.Latitude(YRange.Min + (k * step));
        }
        edges[Height] = WebMercator.Latitude(YRange.Max);
        return edges;
    }
}
