using Agrovet.Regions;
using NpgsqlTypes;

namespace Agrovet.Marketplace.Ads;

/// <summary>
/// Something offered for sale. Stock only changes through single conditional SQL updates (purchase, cancellation)
/// or an edit; <see cref="Listed"/>, <see cref="CategoryRoot"/> and <see cref="SearchVector"/> are computed by the
/// database.
/// </summary>
public sealed class Ad
{
    private Ad()
    {
    }

    public long Id { get; private set; }

    public long SellerId { get; private set; }

    public string SellerUsername { get; set; } = string.Empty;

    /// <summary>False while the seller's account is deactivated (from <c>user.updated</c>): the ad leaves the listing.</summary>
    public bool SellerActive { get; set; } = true;

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public decimal Price { get; set; }

    public string Currency { get; set; } = string.Empty;

    public int Stock { get; set; }

    public string Category { get; set; } = string.Empty;

    /// <summary>The top-level part of <see cref="Category"/> (generated column).</summary>
    public string CategoryRoot { get; private set; } = string.Empty;

    /// <summary>
    /// The name of the ad's division ("Córdoba"), or the free text of an ad written before regions had codes and that
    /// named no division (then <see cref="RegionCode"/> is null); empty when the ad names no region.
    /// </summary>
    public string Region { get; private set; } = string.Empty;

    /// <summary>The ISO 3166-2 code of the ad's division ("CO-COR"), what region filters compare; null when none.</summary>
    public string? RegionCode { get; private set; }

    public List<Guid> MediaIds { get; set; } = [];

    public string Status { get; set; } = AdStatus.Active;

    /// <summary>In the public listing: not withdrawn and the seller is active (generated column).</summary>
    public bool Listed { get; private set; }

    /// <summary>Title (weight A) and description (weight B) in Spanish and English (generated column).</summary>
    public NpgsqlTsVector SearchVector { get; private set; } = null!;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public static Ad Create(long sellerId, string sellerUsername, DateTime now) => new()
    {
        SellerId = sellerId,
        SellerUsername = sellerUsername,
        CreatedAt = Microseconds(now),
        UpdatedAt = Microseconds(now),
    };

    public void ChangeRegion(Division? division)
    {
        Region = division?.Name ?? string.Empty;
        RegionCode = division?.Code;
    }

    public void Touch(DateTime now) => UpdatedAt = Microseconds(now);

    // PostgreSQL keeps microseconds; trimming here makes the answer to a write match every later read.
    private static DateTime Microseconds(DateTime value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMicrosecond));
}
