namespace Agrovet.Marketplace.Regions;

/// <summary>A first-level division: its ISO 3166-2 code and its local name.</summary>
public sealed record RegionDivisionResponse(string Code, string Name);
