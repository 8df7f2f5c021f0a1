using System.Security.Claims;
using Agrovet.EventBus.Audit;
using Agrovet.Forum.Comments;
using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.Forum.Posts;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Moderation;

public static class ModerationEndpoints
{
    public static RouteGroupBuilder MapModeration(this RouteGroupBuilder forum)
    {
        var moderation = forum.MapGroup(string.Empty).WithTags("Moderation");
        foreach (var action in new[] { ModerationAction.Remove, ModerationAction.Restore, ModerationAction.Lock, ModerationAction.Unlock })
        {
            moderation.MapPost($"posts/{{id:long}}/{action}/", (long id, ClaimsPrincipal user, ForumDbContext db, PostChanges changes, CancellationToken ct) =>
                    ModeratePostAsync(id, action, user, db, changes, ct))
                .RequireAuthorization()
                .WithName($"{char.ToUpperInvariant(action[0])}{action[1..]}Post")
                .WithSummary($"{char.ToUpperInvariant(action[0])}{action[1..]} a post (the community's moderators and admins; audited)")
                .WithDescription($"The community's moderators and administrators (others get 403). {PostEffect(action)} Recorded in the audit log.")
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status404NotFound);
        }

        foreach (var action in new[] { ModerationAction.Remove, ModerationAction.Restore })
        {
            moderation.MapPost($"comments/{{id:long}}/{action}/", (long id, ClaimsPrincipal user, ForumDbContext db, CommentChanges changes, CancellationToken ct) =>
                    ModerateCommentAsync(id, action, user, db, changes, ct))
                .RequireAuthorization()
                .WithName($"{char.ToUpperInvariant(action[0])}{action[1..]}Comment")
                .WithSummary($"{char.ToUpperInvariant(action[0])}{action[1..]} a comment (the community's moderators and admins; audited)")
                .WithDescription($"The community's moderators and administrators (others get 403). {CommentEffect(action)} Recorded in the audit log.")
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status404NotFound);
        }

        return forum;
    }

    private static string Verb(string action) => action switch
    {
        ModerationAction.Remove => Messages.VerbRemove,
        ModerationAction.Restore => Messages.VerbRestore,
        ModerationAction.Lock => Messages.VerbLock,
        _ => Messages.VerbUnlock,
    };

    private static string PostEffect(string action) => action switch
    {
        ModerationAction.Remove => "Hides the post from everyone but the community's moderators: it reads \"[removed]\" and takes no comments or votes.",
        ModerationAction.Restore => "Brings a removed post back into the listings.",
        ModerationAction.Lock => "Closes the thread: only the community's moderators may still comment.",
        _ => "Opens a locked thread to new comments again.",
    };

    private static string CommentEffect(string action) => action == ModerationAction.Remove
        ? "Hides the comment from everyone but the community's moderators: it reads \"[removed]\" and takes no votes."
        : "Brings a removed comment back.";

    private static async Task<Results<Ok<ModerationResponse>, ProblemHttpResult>> ModeratePostAsync(
        long id, string action, ClaimsPrincipal user, ForumDbContext db, PostChanges changes, CancellationToken cancellationToken)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == id && !p.IsDeleted, cancellationToken);
        if (post is null)
        {
            return PostEndpoints.NoSuchPost(id);
        }

        if (!await ForumAccess.IsModeratorAsync(db, user, post.CommunityId, cancellationToken))
        {
            return Problem.Forbidden(Messages.FormatModeratePostsForModerators(Verb(action)));
        }

        await changes.ModerateAsync(post, action, AuditActor.Of(user), cancellationToken);
        return TypedResults.Ok(new ModerationResponse(post.Id, post.IsRemoved, post.IsLocked));
    }

    private static async Task<Results<Ok<ModerationResponse>, ProblemHttpResult>> ModerateCommentAsync(
        long id, string action, ClaimsPrincipal user, ForumDbContext db, CommentChanges changes, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id && !c.IsDeleted, cancellationToken);
        if (comment is null)
        {
            return CommentEndpoints.NoSuchComment(id);
        }

        if (!await ForumAccess.IsModeratorAsync(db, user, comment.CommunityId, cancellationToken))
        {
            return Problem.Forbidden(Messages.FormatModerateCommentsForModerators(Verb(action)));
        }

        await changes.ModerateAsync(comment, action, AuditActor.Of(user), cancellationToken);
        return TypedResults.Ok(new ModerationResponse(comment.Id, comment.IsRemoved, false));
    }
}
