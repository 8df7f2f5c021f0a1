using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.LocalCopies.Users;

/// <summary>Reads the copy of users, filling it from the caller's own token when their events have not arrived yet.</summary>
public sealed class UserCopies(DbContext db)
{
    /// <summary>
    /// The signed-in caller's copy (saved at once when it is new). A user this service has not heard of yet is added
    /// from the token's claims, as of the token's issue time: events older than the token leave it as it is, newer
    /// ones (a deactivation, a new username) update it as they would any copy.
    /// </summary>
    public async Task<UserCopy> CallerAsync(CallerClaims caller, CancellationToken cancellationToken)
    {
        var users = db.Set<UserCopy>();
        if (await users.FindAsync([caller.Id], cancellationToken) is { } known)
        {
            return known;
        }

        var user = new UserCopy
        {
            Id = caller.Id,
            Username = caller.Username,
            Role = caller.Role,
            IsActive = true,
            EventTime = EventTimes.Of(caller.IssuedAt),
        };
        users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return user;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The event's handler added the row meanwhile; take that one.
            db.Entry(user).State = EntityState.Detached;
            return await users.SingleAsync(u => u.Id == caller.Id, cancellationToken);
        }
    }
}
