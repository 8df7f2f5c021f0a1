namespace Agrovet.Compute.Export;

/// <summary>What the exporter keeps of an ad: where it is sold (its free-text region) and what it sells.</summary>
public sealed record AdPlace(string? Region, string Category, string Currency);
