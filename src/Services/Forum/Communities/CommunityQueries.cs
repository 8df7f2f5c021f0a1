using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Communities;

/// <summary>Communities in the answer's shape, with the caller's membership flags, built in SQL.</summary>
public static class CommunityQueries
{
    public static IQueryable<CommunityResponse> Responses(ForumDbContext db, IQueryable<Community> communities, long? callerId, bool isAdmin) =>
        communities.Select(c => new CommunityResponse(
            c.Id,
            c.Slug,
            c.Name,
            c.Description,
            c.Rules,
            db.Users.Where(u => u.Id == c.CreatorId)
                .Select(u => new AuthorRef(u.Id, u.IsDeleted ? AuthorRef.DeletedName : u.Username))
                .FirstOrDefault() ?? new AuthorRef(c.CreatorId, AuthorRef.DeletedName),
            c.CreatedAt,
            c.MemberCount,
            c.PostCount,
            callerId != null && db.Members.Any(m => m.CommunityId == c.Id && m.UserId == callerId),
            isAdmin || (callerId != null && db.Moderators.Any(m => m.CommunityId == c.Id && m.UserId == callerId)),
            null));

    public static async Task<List<AuthorRef>> ModeratorsAsync(ForumDbContext db, long communityId, CancellationToken cancellationToken) =>
        await db.Moderators.AsNoTracking()
            .Where(m => m.CommunityId == communityId)
            .OrderBy(m => m.AddedAt).ThenBy(m => m.UserId)
            .Select(m => db.Users.Where(u => u.Id == m.UserId)
                .Select(u => new AuthorRef(u.Id, u.IsDeleted ? AuthorRef.DeletedName : u.Username))
                .FirstOrDefault() ?? new AuthorRef(m.UserId, AuthorRef.DeletedName))
            .ToListAsync(cancellationToken);
}
