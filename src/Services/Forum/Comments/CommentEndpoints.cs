using System.Security.Claims;
using System.Text.Json;
using Agrovet.EventBus.Audit;
using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.Forum.Markdown;
using Agrovet.Forum.Posts;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Forum.Comments;

public static class CommentEndpoints
{
    public const int DefaultDepth = 10;
    public const int MaxDepth = 500;
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;
    public const string Tree = "tree";
    public const string Flat = "flat";

    public static RouteGroupBuilder MapComments(this RouteGroupBuilder forum)
    {
        const string Reading = "Anyone; a signed-in caller also gets their my_vote on each comment, and the community's moderators "
            + "see removed comments' text. Changes nothing. What depth and limit leave out is counted in more_replies.";
        var comments = forum.MapGroup(string.Empty).WithTags("Comments");
        comments.MapGet("posts/{id:long}/comments/", ThreadAsync)
            .AllowAnonymous()
            .WithName("ListComments")
            .WithSummary("The whole comment thread of a post, read in one query")
            .WithDescription(Reading + " Without a token the thread may be up to Forum:AnonymousReadExpiration (2 s) old in its scores; "
                + "added, edited and deleted comments show at once.")
            .WithThreadParameters()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        comments.MapPost("posts/{id:long}/comments/", CreateAsync)
            .RequireAuthorization()
            .WithName("CreateComment")
            .WithSummary("Comment on a post or answer a comment (any signed-in user; not on locked posts but by moderators)")
            .WithDescription("Signed-in users. Body {body, parent_id?}: the Markdown body is rendered to sanitized HTML; parent_id "
                + "answers a comment of the same post (400 otherwise). Raises foro.comment.added. A post removed by the moderators, or "
                + "locked (except for its community's moderators), answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        comments.MapGet("comments/{id:long}/replies/", BranchAsync)
            .AllowAnonymous()
            .WithName("ListReplies")
            .WithSummary("Continue a thread: a comment and its replies to any depth (\"continue this thread\")")
            .WithDescription(Reading)
            .WithThreadParameters()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        comments.MapPatch("comments/{id:long}/", UpdateAsync)
            .RequireAuthorization()
            .WithName("UpdateComment")
            .WithSummary("Edit a comment (its author only); edited_at is set")
            .WithDescription("The comment's author only (others get 403). Body {body}. A comment removed by the moderators answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        comments.MapDelete("comments/{id:long}/", DeleteAsync)
            .RequireAuthorization()
            .WithName("DeleteComment")
            .WithSummary("Delete a comment (its author, or an admin: audited); with replies it stays as \"[deleted]\"")
            .WithDescription("The comment's author or an administrator (others get 403; moderators remove comments instead). An "
                + "administrator's deletion is recorded in the audit log.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return forum;
    }

    private static async Task<Results<Ok<ThreadResponse>, CachedJson, ValidationProblem, ProblemHttpResult>> ThreadAsync(
        long id,
        ClaimsPrincipal user,
        HttpRequest http,
        ForumDbContext db,
        AnonymousReads anonymousReads,
        IOptions<JsonOptions> json,
        string? sort,
        string? format,
        int? depth,
        int? limit,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var shape = Shape.Parse(sort, format, depth, limit, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        // Read without a token, a thread is the same for everyone: kept as its JSON, so a popular thread is served
        // without its query, its tree or its serialization.
        var cacheKey = ForumAccess.CallerId(user) is null && anonymousReads.IsEnabled ? AnonymousReads.Key(http) : null;
        if (cacheKey is null)
        {
            var (thread, missing) = await ReadThreadAsync(id, user, db, shape, cancellationToken);
            return thread is null ? missing! : TypedResults.Ok(thread);
        }

        ProblemHttpResult? refused = null;
        var bytes = await anonymousReads.ReadThroughAsync(cacheKey, anonymousReads.StampOf(id), async () =>
        {
            var (thread, missing) = await ReadThreadAsync(id, user, db, shape, cancellationToken);
            refused = missing;
            return thread is null ? null : JsonSerializer.SerializeToUtf8Bytes(thread, json.Value.SerializerOptions.GetTypeInfo(typeof(ThreadResponse)));
        });
        return bytes is null ? refused! : new CachedJson(bytes);
    }

    /// <summary>A post's thread as <paramref name="shape"/> asks, or the 404 when there is no such post.</summary>
    private static async Task<(ThreadResponse? Thread, ProblemHttpResult? Missing)> ReadThreadAsync(
        long id, ClaimsPrincipal user, ForumDbContext db, Shape shape, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == id && !p.IsDeleted)
            .Select(p => new { p.CommunityId, p.CommentCount }).FirstOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return (null, PostEndpoints.NoSuchPost(id));
        }

        var moderator = await ForumAccess.IsModeratorAsync(db, user, post.CommunityId, cancellationToken);
        var rows = await CommentQueries.ThreadAsync(db, id, ForumAccess.CallerId(user) ?? 0, cancellationToken);
        var (comments, more) = CommentThread.Build(rows, null, shape.Sort, moderator, shape.Depth, shape.Limit, shape.Flat);
        return (new ThreadResponse(id, shape.Sort, shape.Format, post.CommentCount, comments, more), null);
    }

    private static async Task<Results<Ok<ThreadResponse>, ValidationProblem, ProblemHttpResult>> BranchAsync(
        long id, ClaimsPrincipal user, ForumDbContext db, string? sort, string? format, int? depth, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var shape = Shape.Parse(sort, format, depth, limit, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var root = await db.Comments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.PostId, c.CommunityId }).FirstOrDefaultAsync(cancellationToken);
        var post = root is null ? null : await db.Posts.AsNoTracking().Where(p => p.Id == root.PostId && !p.IsDeleted)
            .Select(p => new { p.CommentCount }).FirstOrDefaultAsync(cancellationToken);
        if (root is null || post is null)
        {
            return NoSuchComment(id);
        }

        var moderator = await ForumAccess.IsModeratorAsync(db, user, root.CommunityId, cancellationToken);
        var rows = await CommentQueries.BranchAsync(db, id, ForumAccess.CallerId(user) ?? 0, cancellationToken);
        var (comments, more) = CommentThread.Build(rows, id, shape.Sort, moderator, shape.Depth, shape.Limit, shape.Flat);
        return TypedResults.Ok(new ThreadResponse(root.PostId, shape.Sort, shape.Format, post.CommentCount, comments, more));
    }

    private static async Task<Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        long id,
        CreateCommentRequest request,
        ClaimsPrincipal user,
        ForumDbContext db,
        UserCopies users,
        MarkdownRenderer markdown,
        CommentChanges changes,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == id && !p.IsDeleted)
            .Select(p => new { p.Id, p.CommunityId, p.AuthorId, p.IsRemoved, p.IsLocked }).FirstOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return PostEndpoints.NoSuchPost(id);
        }

        var errors = new ValidationErrors();
        var body = CommentRules.Body(request.Body, errors);
        Comment? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId && c.PostId == id, cancellationToken);
            if (parent is null || parent.IsDeleted || parent.IsRemoved)
            {
                errors.Add("parent_id", Messages.FormatParentNotAnswerable(parentId, id));
            }
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (post.IsRemoved)
        {
            return Problem.Conflict(Messages.PostRemovedNoComments);
        }

        var moderator = await ForumAccess.IsModeratorAsync(db, user, post.CommunityId, cancellationToken);
        if (post.IsLocked && !moderator)
        {
            return Locked();
        }

        var author = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        var comment = new Comment
        {
            PostId = id,
            CommunityId = post.CommunityId,
            ParentId = parent?.Id,
            Depth = parent is null ? 0 : parent.Depth + 1,
            AuthorId = author.Id,
            Body = body!,
            BodyHtml = markdown.ToHtml(body!),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        if (!await changes.AddAsync(comment, post.AuthorId, parent?.AuthorId, moderator, cancellationToken))
        {
            return Locked();
        }

        var row = await CommentQueries.Rows(db, db.Comments.AsNoTracking().Where(c => c.Id == comment.Id), author.Id).FirstAsync(cancellationToken);
        return TypedResults.Created($"{ForumServiceExtensions.RoutePrefix}/comments/{comment.Id}/replies/", CommentResponse.From(row, moderator));
    }

    private static async Task<Results<Ok<CommentResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, UpdateCommentRequest request, ClaimsPrincipal user, ForumDbContext db, MarkdownRenderer markdown, CommentChanges changes, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id && !c.IsDeleted, cancellationToken);
        if (comment is null)
        {
            return NoSuchComment(id);
        }

        var callerId = user.Id();
        if (comment.AuthorId != callerId)
        {
            return Problem.Forbidden(Messages.CommentEditAuthorOnly);
        }

        if (comment.IsRemoved)
        {
            return Problem.Conflict(Messages.CommentRemovedNoEdit);
        }

        var errors = new ValidationErrors();
        var body = CommentRules.Body(request.Body, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (body != comment.Body)
        {
            comment.Body = body!;
            comment.BodyHtml = markdown.ToHtml(body!);
            comment.EditedAt = time.GetUtcNow().UtcDateTime;
            await changes.SaveEditAsync(comment, cancellationToken);
        }

        var row = await CommentQueries.Rows(db, db.Comments.AsNoTracking().Where(c => c.Id == id), callerId).FirstAsync(cancellationToken);
        return TypedResults.Ok(CommentResponse.From(row, moderator: false));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, ClaimsPrincipal user, ForumDbContext db, CommentChanges changes, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id && !c.IsDeleted, cancellationToken);
        if (comment is null)
        {
            return NoSuchComment(id);
        }

        var isAuthor = comment.AuthorId == user.Id();
        if (!isAuthor && !user.IsAdmin())
        {
            return Problem.Forbidden(Messages.CommentDeleteAuthorOnly);
        }

        await changes.DeleteAsync(comment, isAuthor ? null : AuditActor.Of(user), cancellationToken);
        return TypedResults.NoContent();
    }

    private static RouteHandlerBuilder WithThreadParameters(this RouteHandlerBuilder endpoint) => endpoint
        .WithParameterDescription("sort", "best (default), top, new, old or controversial, at every level of the thread.")
        .WithParameterDescription("format", "tree (default): replies nested in their comments; flat: one list in thread order, each comment with its depth.")
        .WithParameterDescription("depth", $"Levels of replies shown, from 1 to {MaxDepth} (default {DefaultDepth}).")
        .WithParameterDescription("limit", $"Comments shown, from 1 to {MaxLimit} (default {DefaultLimit}).");

    public static ProblemHttpResult NoSuchComment(long id) => Problem.NotFound(Messages.FormatNoSuchComment(id));

    private static ProblemHttpResult Locked() =>
        Problem.Conflict(Messages.ThreadLocked);

    /// <summary>The checked <c>?sort=&amp;format=&amp;depth=&amp;limit=</c> of a thread.</summary>
    private sealed record Shape(string Sort, string Format, int Depth, int Limit)
    {
        public bool Flat => Format == CommentEndpoints.Flat;

        public static Shape Parse(string? sort, string? format, int? depth, int? limit, ValidationErrors errors)
        {
            var s = sort ?? CommentSort.Best;
            if (!CommentSort.All.Contains(s))
            {
                errors.Add("sort", Messages.FormatCommentSortChoices(string.Join(", ", CommentSort.All)));
            }

            var f = format ?? Tree;
            if (f is not (Tree or CommentEndpoints.Flat))
            {
                errors.Add("format", Messages.ThreadFormatChoices);
            }

            var d = depth ?? DefaultDepth;
            if (d is < 1 or > MaxDepth)
            {
                errors.Add("depth", Messages.FormatDepthRange(MaxDepth));
            }

            var l = limit ?? DefaultLimit;
            if (l is < 1 or > MaxLimit)
            {
                errors.Add("limit", Messages.FormatCommentLimitRange(AgrovetCultures.Number(MaxLimit)));
            }

            return new Shape(s, f, d, l);
        }
    }
}
