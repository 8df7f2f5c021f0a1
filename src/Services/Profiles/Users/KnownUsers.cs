using System.Security.Claims;
using Agrovet.Profiles.Data;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Profiles.Users;

/// <summary>Reads the local copy of users, filling it from the caller's own token when its events have not arrived yet.</summary>
public sealed class KnownUsers(ProfilesDbContext db, TimeProvider time)
{
    /// <summary>
    /// The signed-in caller's row. A user this service has not heard of yet is added from the token's claims (the token
    /// is signed by auth, so its name and role are as good as an event's); the <c>user.created</c> event, when it
    /// arrives, updates the same row.
    /// </summary>
    public async Task<KnownUser> CallerAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var id = principal.Id();
        if (await db.Users.FindAsync([id], cancellationToken) is { } known)
        {
            return known;
        }

        var user = new KnownUser
        {
            Id = id,
            Username = principal.Username(),
            Role = principal.Role(),
            IsActive = true,
            UpdatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return user;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The event's handler added the row meanwhile; take that one.
            db.Entry(user).State = EntityState.Detached;
            return await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        }
    }
}
