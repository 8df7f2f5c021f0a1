using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Agrovet.Marketplace.Money;

namespace Agrovet.Marketplace.Ads;

/// <summary>
/// An ad as clients see it. <c>region</c> is the division code ("CO-COR") and <c>region_name</c> its local name
/// ("Córdoba"); an ad written before regions had codes whose free text named no division shows that text in both.
/// </summary>
public sealed record AdResponse(
    long Id,
    string Title,
    string Description,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Price,
    string Currency,
    int Stock,
    string Category,
    string Region,
    string RegionName,
    IReadOnlyList<Guid> MediaIds,
    string Status,
    UserRef Seller,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The same shape built in SQL, for lists.</summary>
    public static readonly Expression<Func<Ad, AdResponse>> Projection = a => new AdResponse(
        a.Id, a.Title, a.Description, a.Price, a.Currency, a.Stock, a.Category, a.RegionCode ?? a.Region, a.Region, a.MediaIds, a.Status,
        new UserRef(a.SellerId, a.SellerUsername), a.CreatedAt, a.UpdatedAt);

    public static AdResponse From(Ad ad) => new(
        ad.Id, ad.Title, ad.Description, ad.Price, ad.Currency, ad.Stock, ad.Category, ad.RegionCode ?? ad.Region, ad.Region, ad.MediaIds, ad.Status,
        new UserRef(ad.SellerId, ad.SellerUsername), ad.CreatedAt, ad.UpdatedAt);
}
