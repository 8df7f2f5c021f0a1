namespace Agrovet.Compute.Engine.Datasets;

/// <summary>A longitude/latitude box in degrees.</summary>
public readonly record struct GeoBounds(double MinLongitude, double MaxLongitude, double MinLatitude, double MaxLatitude)
{
    /// <summary>Latin America and the Caribbean, from Baja California to Tierra del Fuego.</summary>
    public static readonly GeoBounds LatinAmerica = new(-118.5, -34.0, -56.0, 33.0);
}
