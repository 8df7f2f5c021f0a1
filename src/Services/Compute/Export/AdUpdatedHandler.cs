using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Compute.Export;

/// <summary>An ad's region or category changed: the event does not say to what, so the marketplace is asked.</summary>
public sealed class AdUpdatedHandler(ActivityStore store, MarketplaceAds marketplace) : IEventHandler<AdUpdated>
{
    public async Task HandleAsync(AdUpdated @event, EventContext context, CancellationToken cancellationToken)
    {
        if (!@event.Changed.Any(field => field is AdFields.Region or AdFields.Category or AdFields.Currency))
        {
            return;
        }
        if (await marketplace.FindAsync(@event.AdId, cancellationToken) is { } ad)
        {
            await store.SetAdAsync(@event.AdId, new AdPlace(ad.Region, ad.Category, ad.Currency));
        }
    }
}
