namespace Agrovet.Compute.Export;

/// <summary>A region of the centroid table: its country and currency, and a point near its centre (degrees).</summary>
public sealed record RegionPlace(string Country, string Currency, string Name, double Longitude, double Latitude, bool IsCountry);
