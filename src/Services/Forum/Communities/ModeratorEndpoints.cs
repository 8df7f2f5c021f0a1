using System.Globalization;
using System.Security.Claims;
using Agrovet.Contracts.Audit;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Communities;

public static class ModeratorEndpoints
{
    public static RouteGroupBuilder MapModerators(this RouteGroupBuilder forum)
    {
        var moderators = forum.MapGroup("communities/{slug}/moderators").WithTags("Communities")
            .WithParameterDescription("slug", CommunityEndpoints.SlugDescription);
        moderators.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithName("ListModerators")
            .WithSummary("A community's moderators, longest-serving first")
            .WithDescription("Anyone. Changes nothing. An unknown address answers 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        moderators.MapPost("/", AddAsync)
            .RequireAuthorization()
            .WithName("AddModerator")
            .WithSummary("Make a user a moderator (the community's moderators and admins; audited)")
            .WithDescription("The community's moderators and administrators (others get 403). Body {user_id}: an active user (400 "
                + "otherwise). Recorded in the audit log; adding a moderator twice changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        moderators.MapDelete("{userId:long}/", RemoveAsync)
            .RequireAuthorization()
            .WithName("RemoveModerator")
            .WithSummary("Take a moderator's role away (the community's moderators and admins; audited); the last one stays")
            .WithDescription("The community's moderators and administrators (others get 403); recorded in the audit log. A user who "
                + "is not a moderator of the community answers 404; the last moderator stays (409): add another first.")
            .WithParameterDescription("userId", "The user id of the moderator to remove.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return forum;
    }

    private static async Task<Results<Ok<List<AuthorRef>>, ProblemHttpResult>> ListAsync(string slug, ForumDbContext db, CancellationToken cancellationToken)
    {
        var communityId = await MembershipEndpoints.IdOfAsync(db, slug, cancellationToken);
        return communityId is null
            ? CommunityEndpoints.NoSuchCommunity(slug)
            : TypedResults.Ok(await CommunityQueries.ModeratorsAsync(db, communityId.Value, cancellationToken));
    }

    private static async Task<Results<Ok<List<AuthorRef>>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string slug, AddModeratorRequest request, ClaimsPrincipal user, ForumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var community = await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (community is null)
        {
            return CommunityEndpoints.NoSuchCommunity(slug);
        }

        if (!await ForumAccess.IsModeratorAsync(db, user, community.Id, cancellationToken))
        {
            return Problem.Forbidden(Messages.AddModeratorsForModerators);
        }

        if (request.UserId is not { } userId)
        {
            var missing = new ValidationErrors();
            missing.Required("user_id", request.UserId);
            return missing.ToProblem();
        }

        var target = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (target is null || !target.IsVisible)
        {
            return Problem.Invalid("user_id", Messages.FormatNoActiveUser(userId));
        }

        var actor = AuditActor.Of(user);
        var added = await db.Moderators.AnyAsync(m => m.CommunityId == community.Id && m.UserId == userId, cancellationToken);
        if (!added)
        {
            db.Moderators.Add(new CommunityModerator { CommunityId = community.Id, UserId = userId, AddedAt = time.GetUtcNow().UtcDateTime, AddedBy = actor.Id });
            db.Outbox().RecordAdminAction(actor, "add_moderator", CommunityEndpoints.Audited(community), new AuditChanges().Add("moderator", (string?)null, target.Username));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(await CommunityQueries.ModeratorsAsync(db, community.Id, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string slug, long userId, ClaimsPrincipal user, ForumDbContext db, CancellationToken cancellationToken)
    {
        var community = await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (community is null)
        {
            return CommunityEndpoints.NoSuchCommunity(slug);
        }

        if (!await ForumAccess.IsModeratorAsync(db, user, community.Id, cancellationToken))
        {
            return Problem.Forbidden(Messages.RemoveModeratorsForModerators);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked, so two moderators removing each other at once cannot leave the community with none.
        var moderatorIds = await db.Database
            .SqlQuery<long>($"SELECT user_id AS \"Value\" FROM community_moderators WHERE community_id = {community.Id} ORDER BY user_id FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (!moderatorIds.Contains(userId))
        {
            return Problem.NotFound(Messages.FormatNotModerator(userId, slug));
        }

        if (moderatorIds.Count == 1)
        {
            return Problem.Conflict(Messages.LastModerator);
        }

        await db.Moderators.Where(m => m.CommunityId == community.Id && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var username = await db.Users.Where(u => u.Id == userId).Select(u => u.Username).FirstOrDefaultAsync(cancellationToken)
            ?? userId.ToString(CultureInfo.InvariantCulture);
        db.Outbox().RecordAdminAction(AuditActor.Of(user), "remove_moderator", CommunityEndpoints.Audited(community), new AuditChanges().Add("moderator", (string?)username, null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
