namespace Agrovet.Marketplace;

/// <summary>The marketplace's tunables, bound from the <c>Marketplace</c> configuration section.</summary>
public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    /// <summary>How long an ad detail stays in this instance's memory. Edits here invalidate at once; other instances catch up within this.</summary>
    public TimeSpan AdCacheLocalExpiration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an ad detail stays in Redis (removed there on every change).</summary>
    public TimeSpan AdCacheExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a ranked search's count and best ids are reused by this instance (zero: never). Changes here invalidate at once.</summary>
    public TimeSpan SearchCacheExpiration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Ranked searches remembered at once.</summary>
    public int SearchCacheEntries { get; set; } = 2_000;

    /// <summary>Best ids a remembered search keeps (five pages of 100); deeper pages are ranked each time.</summary>
    public int SearchCacheTopIds { get; set; } = 500;

    /// <summary>Units one order may buy.</summary>
    public int MaxOrderQuantity { get; set; } = 10_000;

    /// <summary>Ads one bulk withdrawal may name.</summary>
    public int MaxBulkWithdraw { get; set; } = 500;

    /// <summary>Rows a CSV export writes at most.</summary>
    public int MaxCsvRows { get; set; } = 50_000;
}
