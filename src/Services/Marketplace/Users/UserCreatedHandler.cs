using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Agrovet.Marketplace.Data;

namespace Agrovet.Marketplace.Users;

public sealed class UserCreatedHandler(MarketplaceDbContext db, TimeProvider time) : IEventHandler<UserCreated>
{
    public async Task HandleAsync(UserCreated @event, EventContext context, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([@event.UserId], cancellationToken);
        if (user is null)
        {
            user = new UserCopy { Id = @event.UserId };
            db.Users.Add(user);
        }

        user.Username = @event.Username;
        user.Role = @event.Role;
        user.IsActive = @event.IsActive;
        user.IsDeleted = false;
        user.UpdatedAt = time.GetUtcNow().UtcDateTime;
    }
}
