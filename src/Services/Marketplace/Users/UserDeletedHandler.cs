using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Agrovet.Marketplace.Data;

namespace Agrovet.Marketplace.Users;

/// <summary>A deleted account's ads leave the listing; its orders stay for the other party's records.</summary>
public sealed class UserDeletedHandler(MarketplaceDbContext db, SellerStanding standing, TimeProvider time) : IEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted @event, EventContext context, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([@event.UserId], cancellationToken);
        if (user is null)
        {
            user = new UserCopy { Id = @event.UserId };
            db.Users.Add(user);
        }

        user.IsActive = false;
        user.IsDeleted = true;
        user.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await standing.SetActiveAsync(@event.UserId, false, cancellationToken);
    }
}
