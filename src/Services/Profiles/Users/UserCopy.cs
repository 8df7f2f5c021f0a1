using Agrovet.Profiles.Data;

namespace Agrovet.Profiles.Users;

internal static class UserCopy
{
    /// <summary>Writes an event's state of a user onto the local row (creating it); a deleted user stays deleted.</summary>
    public static async Task UpsertAsync(
        ProfilesDbContext db, long id, string username, string role, bool isActive, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([id], cancellationToken);
        if (user is null)
        {
            user = new KnownUser { Id = id };
            db.Users.Add(user);
        }

        if (user.IsDeleted)
        {
            return;
        }

        user.Username = username;
        user.Role = role;
        user.IsActive = isActive;
        user.UpdatedAt = time.UtcDateTime;
    }
}
