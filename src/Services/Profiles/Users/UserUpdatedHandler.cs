using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Agrovet.Profiles.Data;

namespace Agrovet.Profiles.Users;

/// <summary>A new username shows in every profile answer; a deactivated user's profiles drop out of lists.</summary>
public sealed class UserUpdatedHandler(ProfilesDbContext db) : IEventHandler<UserUpdated>
{
    public async Task HandleAsync(UserUpdated @event, EventContext context, CancellationToken cancellationToken) =>
        await UserCopy.UpsertAsync(db, @event.UserId, @event.Username, @event.Role, @event.IsActive, context.Time, cancellationToken);
}
