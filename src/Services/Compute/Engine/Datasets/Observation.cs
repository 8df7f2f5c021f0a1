namespace Agrovet.Compute.Engine.Datasets;

/// <summary>One row of a dataset: where, how much, of what, when (Unix seconds).</summary>
public record struct Observation(float Longitude, float Latitude, float Value, ushort Category, uint Time);
