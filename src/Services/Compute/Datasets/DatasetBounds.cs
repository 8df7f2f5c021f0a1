namespace Agrovet.Compute.Datasets;

/// <summary>The longitude/latitude box holding every point of a dataset, in degrees.</summary>
public sealed record DatasetBounds(double MinLon, double MaxLon, double MinLat, double MaxLat);
