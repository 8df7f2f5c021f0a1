namespace Agrovet.Compute.Export;

/// <summary>What the exporter reads of an ad from the marketplace (GET /api/adds/{id}/).</summary>
public sealed record MarketplaceAd(long Id, string? Region, string Category, string Currency);
