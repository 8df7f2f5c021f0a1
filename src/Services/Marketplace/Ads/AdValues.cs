using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Marketplace;

namespace Agrovet.Marketplace.Ads;

/// <summary>An ad's editable values at one moment: what an administrator's edit changed, as <c>{field: [old, new]}</c>.</summary>
public sealed record AdValues(
    string Title, string Description, decimal Price, string Currency, int Stock, string Category, string Region, IReadOnlyList<Guid> MediaIds, string Status)
{
    public static AdValues Of(Ad ad) =>
        new(ad.Title, ad.Description, ad.Price, ad.Currency, ad.Stock, ad.Category, ad.RegionCode ?? ad.Region, [.. ad.MediaIds], ad.Status);

    public AuditChanges ChangesTo(Ad after) => new AuditChanges()
        .Add(AdFields.Title, Title, after.Title)
        .Add(AdFields.Description, Description, after.Description)
        .Add(AdFields.Price, Price, after.Price)
        .Add(AdFields.Currency, Currency, after.Currency)
        .Add(AdFields.Stock, Stock, after.Stock)
        .Add(AdFields.Category, Category, after.Category)
        .Add(AdFields.Region, Region, after.RegionCode ?? after.Region)
        .AddList(AdFields.MediaIds, MediaIds, after.MediaIds)
        .Add(AdFields.Status, Status, after.Status);
}
