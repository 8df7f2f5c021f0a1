using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Compute.Export;

/// <summary>Keeps where a new ad is sold and what it sells, for its sales later (a keyed write: idempotent).</summary>
public sealed class AdCreatedHandler(ActivityStore store) : IEventHandler<AdCreated>
{
    public Task HandleAsync(AdCreated @event, EventContext context, CancellationToken cancellationToken) =>
        store.SetAdAsync(@event.AdId, new AdPlace(@event.Region, @event.Category, @event.Currency));
}
