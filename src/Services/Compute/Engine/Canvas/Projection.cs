namespace Agrovet.Compute.Engine.Canvas;

/// <summary>How the canvas maps data coordinates to pixels.</summary>
public enum Projection
{
    /// <summary>The x and y ranges are in the columns' own units (degrees for lon/lat).</summary>
    Linear,

    /// <summary>
    /// Web Mercator (EPSG:3857): the x and y ranges are in metres, the x and y columns are longitude and latitude in
    /// degrees. Pixel columns are even in longitude; pixel rows are even in Mercator metres.
    /// </summary>
    WebMercator,
}
