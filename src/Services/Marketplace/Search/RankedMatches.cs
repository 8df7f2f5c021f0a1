namespace Agrovet.Marketplace.Search;

/// <summary>A ranked search's exact number of matches and its best ids in rank order (the first pages' worth).</summary>
public sealed record RankedMatches(long Count, long[] TopIds);
