namespace Agrovet.Compute.Engine.Canvas;

/// <summary>Web Mercator (EPSG:3857) on the WGS 84 sphere radius, in double precision.</summary>
public static class WebMercator
{
    public const double EarthRadius = 6_378_137.0;

    /// <summary>The latitude beyond which Web Mercator is not defined for maps (the square world).</summary>
    public const double MaxLatitude = 85.05112877980659;

    /// <summary>Half the world's width (and height) in metres.</summary>
    public const double HalfWorld = Math.PI * EarthRadius;

    public static double X(double longitude) => longitude * (Math.PI / 180.0) * EarthRadius;

    public static double Y(double latitude) => Math.Log(Math.Tan((Math.PI / 4.0) + (latitude * (Math.PI / 360.0)))) * EarthRadius;

    public static double Longitude(double x) => x / EarthRadius * (180.0 / Math.PI);

    public static double Latitude(double y) => ((2.0 * Math.Atan(Math.Exp(y / EarthRadius))) - (Math.PI / 2.0)) * (180.0 / Math.PI);
}
