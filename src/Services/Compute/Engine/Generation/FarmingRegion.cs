namespace Agrovet.Compute.Engine.Generation;

/// <summary>A farming region: its centre, its extent (standard deviations in degrees) and its share of the activity.</summary>
public sealed record FarmingRegion(string Name, string Country, double Longitude, double Latitude,
    double SpreadLongitude, double SpreadLatitude, double Weight);
