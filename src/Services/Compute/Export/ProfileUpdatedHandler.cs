using Agrovet.Contracts.Profiles;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Compute.Export;

/// <summary>Follows a profile's region (a deleted profile forgets it); records already kept move with it at the next export.</summary>
public sealed class ProfileUpdatedHandler(ActivityStore store) : IEventHandler<ProfileUpdated>
{
    public Task HandleAsync(ProfileUpdated @event, EventContext context, CancellationToken cancellationToken) =>
        store.SetAuthorRegionAsync(@event.UserId, @event.Deleted ? null : @event.Region);
}
