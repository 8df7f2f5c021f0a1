namespace Agrovet.Regions;

/// <summary>The shape of regions.json: where its data comes from, and the countries.</summary>
public sealed record RegionsDocument(string Source, List<Country> Countries);
