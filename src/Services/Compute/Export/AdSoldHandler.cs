using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Compute.Export;

/// <summary>
/// Records a sale for the marketplace-sales dataset: the ad's region and top-level category (from the copy kept from
/// add.created, or asked of the marketplace), the units sold, the time of the sale. Keyed by the event's id, so a
/// redelivery records nothing twice.
/// </summary>
public sealed class AdSoldHandler(ActivityStore store, MarketplaceAds marketplace) : IEventHandler<AdSold>
{
    public async Task HandleAsync(AdSold @event, EventContext context, CancellationToken cancellationToken)
    {
        var place = await store.GetAdAsync(@event.AdId);
        if (place is null && await marketplace.FindAsync(@event.AdId, cancellationToken) is { } ad)
        {
            place = new AdPlace(ad.Region, ad.Category, ad.Currency);
            await store.SetAdAsync(@event.AdId, place);
        }
        var dataset = ActivityDatasets.MarketplaceSales;
        var category = place?.Category.Split('/', 2)[0] ?? "";
        var record = new ActivityRecord(place?.Region, @event.Currency, dataset.Categories.Contains(category) ? category : dataset.Categories[^1],
            @event.Quantity, context.Time.ToUnixTimeSeconds());
        await store.RecordAsync(dataset, context.EventId.ToString("N"), record);
    }
}
