using Agrovet.Contracts.Profiles;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Compute.Export;

/// <summary>Keeps the region of a new profile as its user's, where the forum activity of that user is placed.</summary>
public sealed class ProfileCreatedHandler(ActivityStore store) : IEventHandler<ProfileCreated>
{
    public Task HandleAsync(ProfileCreated @event, EventContext context, CancellationToken cancellationToken) =>
        store.SetAuthorRegionAsync(@event.UserId, @event.Region);
}
