namespace Agrovet.Marketplace.Search;

/// <summary>One ranked match's id, with the number of matches over the whole search.</summary>
public sealed record RankedIdRow(long Total, long Id);
