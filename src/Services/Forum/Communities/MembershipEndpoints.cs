using System.Security.Claims;
using Agrovet.Forum.Data;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Communities;

public static class MembershipEndpoints
{
    public static RouteGroupBuilder MapMemberships(this RouteGroupBuilder forum)
    {
        var communities = forum.MapGroup("communities").WithTags("Communities");
        communities.MapPost("{slug}/join/", JoinAsync)
            .RequireAuthorization()
            .WithName("JoinCommunity")
            .WithSummary("Join a community: its posts come into the caller's home feed (joining twice changes nothing)")
            .WithDescription("Signed-in users. Adds the caller to the community's members (member_count grows by one); joining again "
                + "changes nothing. An unknown address answers 404.")
            .WithParameterDescription("slug", CommunityEndpoints.SlugDescription)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        communities.MapDelete("{slug}/join/", LeaveAsync)
            .RequireAuthorization()
            .WithName("LeaveCommunity")
            .WithSummary("Leave a community (leaving one not joined changes nothing)")
            .WithDescription("Signed-in users. Takes the caller out of the community's members; leaving one not joined changes nothing. "
                + "An unknown address answers 404.")
            .WithParameterDescription("slug", CommunityEndpoints.SlugDescription)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return forum;
    }

    private static async Task<Results<Ok<MembershipResponse>, ProblemHttpResult>> JoinAsync(
        string slug, ClaimsPrincipal user, ForumDbContext db, UserCopies users, TimeProvider time, CancellationToken cancellationToken)
    {
        var communityId = await IdOfAsync(db, slug, cancellationToken);
        if (communityId is null)
        {
            return CommunityEndpoints.NoSuchCommunity(slug);
        }

        var caller = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO community_members (community_id, user_id, joined_at) VALUES ({communityId}, {caller.Id}, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (added > 0)
        {
            await db.Communities.Where(c => c.Id == communityId).ExecuteUpdateAsync(c => c.SetProperty(x => x.MemberCount, x => x.MemberCount + 1), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new MembershipResponse(slug, true, await MemberCountAsync(db, communityId.Value, cancellationToken)));
    }

    private static async Task<Results<Ok<MembershipResponse>, ProblemHttpResult>> LeaveAsync(
        string slug, ClaimsPrincipal user, ForumDbContext db, CancellationToken cancellationToken)
    {
        var communityId = await IdOfAsync(db, slug, cancellationToken);
        if (communityId is null)
        {
            return CommunityEndpoints.NoSuchCommunity(slug);
        }

        var userId = ServiceDefaults.Auth.CurrentUser.Id(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Members.Where(m => m.CommunityId == communityId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            await db.Communities.Where(c => c.Id == communityId).ExecuteUpdateAsync(c => c.SetProperty(x => x.MemberCount, x => x.MemberCount - 1), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new MembershipResponse(slug, false, await MemberCountAsync(db, communityId.Value, cancellationToken)));
    }

    public static Task<long?> IdOfAsync(ForumDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Communities.AsNoTracking().Where(c => c.Slug == slug).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);

    private static Task<int> MemberCountAsync(ForumDbContext db, long communityId, CancellationToken cancellationToken) =>
        db.Communities.AsNoTracking().Where(c => c.Id == communityId).Select(c => c.MemberCount).FirstAsync(cancellationToken);
}
