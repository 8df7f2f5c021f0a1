using System.Security.Claims;
using Agrovet.Forum.Data;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Common;

/// <summary>Who may moderate: a community's moderators, and admins everywhere.</summary>
public static class ForumAccess
{
    public static long? CallerId(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.Id() : null;

    public static async Task<bool> IsModeratorAsync(ForumDbContext db, ClaimsPrincipal user, long communityId, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (user.IsAdmin())
        {
            return true;
        }

        var id = user.Id();
        return await db.Moderators.AnyAsync(m => m.CommunityId == communityId && m.UserId == id, cancellationToken);
    }
}
