using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Agrovet.Marketplace.Data;

namespace Agrovet.Marketplace.Users;

/// <summary>Keeps the copy current; a deactivated seller's ads leave the listing (and return on reactivation).</summary>
public sealed class UserUpdatedHandler(MarketplaceDbContext db, SellerStanding standing, TimeProvider time) : IEventHandler<UserUpdated>
{
    public async Task HandleAsync(UserUpdated @event, EventContext context, CancellationToken cancellationToken)
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
        user.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await standing.SetActiveAsync(@event.UserId, @event.IsActive && !user.IsDeleted, cancellationToken);
        if (@event.Changed.Contains(UserFields.Username))
        {
            await standing.RenameAsync(@event.UserId, @event.Username, cancellationToken);
        }
    }
}
