using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Agrovet.Profiles.Data;
using Agrovet.Profiles.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Users;

/// <summary>Deletes the user's profiles (each raising <c>profile.updated</c> with <c>deleted</c>) and keeps a tombstone.</summary>
public sealed class UserDeletedHandler(ProfilesDbContext db, ProfileChanges changes) : IEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted @event, EventContext context, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([@event.UserId], cancellationToken);
        if (user is null)
        {
            user = new KnownUser { Id = @event.UserId };
            db.Users.Add(user);
        }

        user.IsDeleted = true;
        user.IsActive = false;
        user.UpdatedAt = context.Time.UtcDateTime;
        var profiles = await db.Profiles.Where(p => p.UserId == @event.UserId).ToListAsync(cancellationToken);
        foreach (var profile in profiles)
        {
            db.Profiles.Remove(profile);
            changes.RaiseUpdated(profile, deleted: true);
        }
    }
}
