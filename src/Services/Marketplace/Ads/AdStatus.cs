namespace Agrovet.Marketplace.Ads;

/// <summary>
/// An ad is active while it has stock, sold out when its stock reaches 0 (and active again when stock returns), and
/// withdrawn once its seller or an admin takes it down (only an explicit edit relists it).
/// </summary>
public static class AdStatus
{
    public const string Active = "active";
    public const string SoldOut = "sold_out";
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlyList<string> All = [Active, SoldOut, Withdrawn];

    public static bool IsKnown(string? status) => status is Active or SoldOut or Withdrawn;

    /// <summary>The status an ad that is not withdrawn has with <paramref name="stock"/> units.</summary>
    public static string ForStock(int stock) => stock > 0 ? Active : SoldOut;
}
