using Agrovet.Data.Pagination;
using Agrovet.Data.Search;
using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Search;

/// <summary>
/// Full-text search over posts (title weight A, body B) or comments, in Spanish and English at once — the
/// configurations and web-search syntax the marketplace's search uses (<see cref="TextSearchConfigurations"/>) — ranked
/// by <c>ts_rank</c>, through the posts' and comments' GIN indexes.
/// </summary>
public static class SearchEndpoints
{
    public const string Posts = "posts";
    public const string Comments = "comments";
    public const int MaxQueryLength = 200;
    private const int ExcerptLength = 200;

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder forum)
    {
        forum.MapGet("search/", SearchAsync)
            .AllowAnonymous()
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Search posts or comments, best matches first (Spanish and English)")
            .WithDescription("Anyone. Changes nothing. Removed and deleted posts and comments are never found. A missing q, or an "
                + "unknown type or community, answers 400.")
            .WithParameterDescription("q", $"What to find (required, at most {MaxQueryLength} characters): words, \"a phrase\", -word to leave out, or.")
            .WithParameterDescription("type", "posts (default) or comments.")
            .WithParameterDescription("community", "Only in the community with this address; absent: in every community.")
            .ProducesValidationProblem();
        return forum;
    }

    private static async Task<Results<Ok<PagedResponse<SearchHit>>, ValidationProblem>> SearchAsync(
        HttpRequest http, ForumDbContext db, string? q, string? type, string? community, int? page, [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        if (errors.Required("q", q))
        {
            errors.MaxLength("q", q, MaxQueryLength);
        }

        var kind = type ?? Posts;
        if (kind is not (Posts or Comments))
        {
            errors.Add("type", Messages.SearchTypeChoices);
        }

        long? communityId = null;
        if (community is not null)
        {
            communityId = await db.Communities.AsNoTracking().Where(c => c.Slug == community).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (communityId is null)
            {
                errors.Add("community", Messages.FormatNoSuchCommunity(community));
            }
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var text = q!;
        if (kind == Posts)
        {
            var posts =
                from p in db.Posts.AsNoTracking()
                join s in db.PostSearch on p.Id equals s.PostId
                where !p.IsDeleted && !p.IsRemoved && s.Vector.Matches(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.Spanish, text).Or(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.English, text)))
                select new { Post = p, s.Vector };
            if (communityId is not null)
            {
                posts = posts.Where(m => m.Post.CommunityId == communityId);
            }

            // Community and author joined (a First() subquery in the projection becomes a ROW_NUMBER() over the whole table).
            var ordered =
                from m in posts
                let p = m.Post
                join c in db.Communities on p.CommunityId equals c.Id
                from u in db.Users.Where(u => u.Id == p.AuthorId).DefaultIfEmpty()
                orderby m.Vector.Rank(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.Spanish, text).Or(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.English, text))) descending, p.Id descending
                select new SearchHit(
                    Posts,
                    p.Id,
                    null,
                    p.Title,
                    p.Body.Substring(0, ExcerptLength),
                    new CommunityRef(c.Id, c.Slug, c.Name),
                    new AuthorRef(p.AuthorId, u == null || u.IsDeleted ? AuthorRef.DeletedName : u.Username),
                    p.Score,
                    p.CreatedAt);
            return TypedResults.Ok(await pageRequest.ReadAsync(http, posts, ordered, cancellationToken));
        }

        var comments =
            from c in db.Comments.AsNoTracking()
            join s in db.CommentSearch on c.Id equals s.CommentId
            where !c.IsDeleted && !c.IsRemoved && s.Vector.Matches(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.Spanish, text).Or(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.English, text)))
                && db.Posts.Any(p => p.Id == c.PostId && !p.IsDeleted && !p.IsRemoved)
            select new { Comment = c, s.Vector };
        if (communityId is not null)
        {
            comments = comments.Where(m => m.Comment.CommunityId == communityId);
        }

        var orderedComments =
            from m in comments
            let c = m.Comment
            join p in db.Posts on c.PostId equals p.Id
            join x in db.Communities on c.CommunityId equals x.Id
            from u in db.Users.Where(u => u.Id == c.AuthorId).DefaultIfEmpty()
            orderby m.Vector.Rank(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.Spanish, text).Or(EF.Functions.WebSearchToTsQuery(TextSearchConfigurations.English, text))) descending, c.Id descending
            select new SearchHit(
                Comments,
                c.PostId,
                c.Id,
                p.Title,
                c.Body.Substring(0, ExcerptLength),
                new CommunityRef(x.Id, x.Slug, x.Name),
                new AuthorRef(c.AuthorId, u == null || u.IsDeleted ? AuthorRef.DeletedName : u.Username),
                c.Score,
                c.CreatedAt);
        return TypedResults.Ok(await pageRequest.ReadAsync(http, comments, orderedComments, cancellationToken));
    }
}
