using System.Security.Claims;
using Agrovet.EventBus.Audit;
using Agrovet.Forum.Common;
using Agrovet.Forum.Communities;
using Agrovet.Forum.Data;
using Agrovet.Forum.Markdown;
using Agrovet.Forum.Media;
using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Posts;

public static class PostEndpoints
{
    public static RouteGroupBuilder MapPosts(this RouteGroupBuilder forum)
    {
        var posts = forum.MapGroup("posts").WithTags("Posts");
        posts.MapPost("/", CreateAsync)
            .RequireAuthorization()
            .WithName("CreatePost")
            .WithSummary("Publish a post in a community (any signed-in user)")
            .WithDescription("Signed-in users. Body {community, title, body?, link?, media_ids?}. The Markdown body is rendered to "
                + "sanitized HTML (body_html); images must be the author's uploads (503 when the media service must be asked and does "
                + "not answer). Raises foro.post.created.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        posts.MapGet("{id:long}/", GetAsync)
            .AllowAnonymous()
            .WithName("GetPost")
            .WithSummary("One post with its Markdown and sanitized HTML")
            .WithDescription("Anyone; a signed-in caller also gets their my_vote. Changes nothing. A removed post reads \"[removed]\" "
                + "except for its community's moderators; a deleted one answers 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        posts.MapPatch("{id:long}/", UpdateAsync)
            .RequireAuthorization()
            .WithName("UpdatePost")
            .WithSummary("Edit a post (its author only); only the fields sent change and edited_at is set")
            .WithDescription("The post's author only (others get 403). Body {title?, body?, link?, media_ids?}: only the fields sent "
                + "change. A post removed by the moderators answers 409; images must be the author's uploads (503 when the media "
                + "service must be asked and does not answer).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        posts.MapDelete("{id:long}/", DeleteAsync)
            .RequireAuthorization()
            .WithName("DeletePost")
            .WithSummary("Delete a post (its author, or an admin: audited); it leaves every listing")
            .WithDescription("The post's author or an administrator (others get 403; moderators remove posts instead). The post "
                + "leaves every listing and its community's counters; an administrator's deletion is recorded in the audit log.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return forum;
    }

    private static async Task<Results<Created<PostResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreatePostRequest request,
        ClaimsPrincipal user,
        HttpRequest http,
        ForumDbContext db,
        UserCopies users,
        MediaLookup media,
        MarkdownRenderer markdown,
        PostChanges changes,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        Community? community = null;
        if (errors.Required("community", request.Community))
        {
            community = await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == request.Community, cancellationToken);
            if (community is null)
            {
                errors.Add("community", Messages.FormatNoSuchCommunityPickOne(request.Community, ForumServiceExtensions.RoutePrefix));
            }
        }

        var title = PostRules.Title(request.Title, errors);
        var body = PostRules.Body(request.Body, errors);
        var link = PostRules.Link(request.Link, errors);
        var mediaIds = PostRules.MediaIds(request.MediaIds, errors);
        var authorId = user.Id();
        if (await PostImages.CheckAsync(authorId, mediaIds, http, media, errors, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var author = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        var post = new Post
        {
            CommunityId = community!.Id,
            AuthorId = author.Id,
            Title = title!,
            Body = body,
            BodyHtml = markdown.ToHtml(body),
            Link = link,
            MediaIds = mediaIds,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await changes.CreateAsync(post, community, cancellationToken);
        var response = await PostQueries.Details(db, db.Posts.AsNoTracking().Where(p => p.Id == post.Id), author.Id).FirstAsync(cancellationToken);
        return TypedResults.Created($"{ForumServiceExtensions.RoutePrefix}/posts/{post.Id}/", response);
    }

    private static async Task<Results<Ok<PostResponse>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, ForumDbContext db, CancellationToken cancellationToken)
    {
        var callerId = ForumAccess.CallerId(user) ?? 0;
        var post = await PostQueries.Details(db, db.Posts.AsNoTracking().Where(p => p.Id == id && !p.IsDeleted), callerId).FirstOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return NoSuchPost(id);
        }

        if (post.Removed && !await ForumAccess.IsModeratorAsync(db, user, post.Community.Id, cancellationToken))
        {
            post = post.Redacted();
        }

        return TypedResults.Ok(post);
    }

    private static async Task<Results<Ok<PostResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id,
        UpdatePostRequest request,
        ClaimsPrincipal user,
        HttpRequest http,
        ForumDbContext db,
        MediaLookup media,
        MarkdownRenderer markdown,
        PostChanges changes,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == id && !p.IsDeleted, cancellationToken);
        if (post is null)
        {
            return NoSuchPost(id);
        }

        var callerId = user.Id();
        if (post.AuthorId != callerId)
        {
            return Problem.Forbidden(Messages.PostEditAuthorOnly);
        }

        if (post.IsRemoved)
        {
            return Problem.Conflict(Messages.PostRemovedNoEdit);
        }

        var errors = new ValidationErrors();
        var title = request.Title is null ? null : PostRules.Title(request.Title, errors);
        var body = request.Body is null ? null : PostRules.Body(request.Body, errors);
        var link = request.Link is null ? null : PostRules.Link(request.Link, errors);
        var mediaIds = request.MediaIds is null ? null : PostRules.MediaIds(request.MediaIds, errors);
        if (mediaIds is not null && await PostImages.CheckAsync(post.AuthorId, mediaIds, http, media, errors, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var changed = false;
        if (title is not null && title != post.Title)
        {
            post.Title = title;
            changed = true;
        }

        if (body is not null && body != post.Body)
        {
            post.Body = body;
            post.BodyHtml = markdown.ToHtml(body);
            changed = true;
        }

        if (request.Link is not null && link != post.Link)
        {
            post.Link = link;
            changed = true;
        }

        if (mediaIds is not null && !mediaIds.SequenceEqual(post.MediaIds))
        {
            post.MediaIds = mediaIds;
            changed = true;
        }

        if (changed)
        {
            post.EditedAt = time.GetUtcNow().UtcDateTime;
            await changes.SaveEditAsync(cancellationToken);
        }

        return TypedResults.Ok(await PostQueries.Details(db, db.Posts.AsNoTracking().Where(p => p.Id == id), callerId).FirstAsync(cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, ClaimsPrincipal user, ForumDbContext db, PostChanges changes, CancellationToken cancellationToken)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == id && !p.IsDeleted, cancellationToken);
        if (post is null)
        {
            return NoSuchPost(id);
        }

        var isAuthor = post.AuthorId == user.Id();
        if (!isAuthor && !user.IsAdmin())
        {
            return Problem.Forbidden(Messages.PostDeleteAuthorOnly);
        }

        await changes.DeleteAsync(post, isAuthor ? null : AuditActor.Of(user), cancellationToken);
        return TypedResults.NoContent();
    }

    public static ProblemHttpResult NoSuchPost(long id) => Problem.NotFound(Messages.FormatNoSuchPost(id));
}
