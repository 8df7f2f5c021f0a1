namespace Agrovet.Marketplace.Search;

/// <summary>One row of a ranked search page, with the number of matches over the whole search.</summary>
public sealed record RankedAdRow(
    long Total,
    long Id,
    string Title,
    string Description,
    decimal Price,
    string Currency,
    int Stock,
    string Category,
    string Region,
    string? RegionCode,
    List<Guid> MediaIds,
    string Status,
    long SellerId,
    string SellerUsername,
    DateTime CreatedAt,
    DateTime UpdatedAt);
