using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Agrovet.Profiles.Data;

namespace Agrovet.Profiles.Users;

public sealed class UserCreatedHandler(ProfilesDbContext db) : IEventHandler<UserCreated>
{
    public async Task HandleAsync(UserCreated @event, EventContext context, CancellationToken cancellationToken) =>
        await UserCopy.UpsertAsync(db, @event.UserId, @event.Username, @event.Role, @event.IsActive, context.Time, cancellationToken);
}
