using System.Security.Claims;
using Agrovet.Forum.Common;
using Agrovet.Forum.Communities;
using Agrovet.Forum.Data;
using Agrovet.Forum.Posts;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Feeds;

public static class FeedEndpoints
{
    public const string AllCommunities = "all";

    public static RouteGroupBuilder MapFeeds(this RouteGroupBuilder forum)
    {
        forum.MapGet("posts/", ListAsync)
            .AllowAnonymous()
            .WithTags("Posts")
            .WithName("ListPosts")
            .WithSummary("A feed of posts: one community, all, or the caller's home feed, in a ranking order")
            .WithDescription("Anyone; a signed-in caller also gets their my_vote on each post. Changes nothing. Keyset pages: follow "
                + "next and previous as they are (as fast deep as on top); count is exact. Moderators of the community also see its "
                + "removed posts, marked removed. Without a token a page may be up to Forum:AnonymousReadExpiration (2 s) old in "
                + "its scores and comment counts; published, edited and removed posts show at once. A bad sort, t, cursor or "
                + "community answers 400.")
            .WithParameterDescription("community", "A community's address, or all for every community; absent: the communities the caller "
                + "joined (every community for anonymous callers and users who joined none).")
            .WithParameterDescription("sort", "hot (default), new, top, best or controversial: reddit's rankings.")
            .WithParameterDescription("t", "The time window of sort=top and sort=controversial: day, week, month, year or all (default).")
            .WithParameterDescription("cursor", "Where the page starts: the cursor of a next or previous link, with the same sort; absent: the first page.")
            .ProducesValidationProblem();
        return forum;
    }

    private static async Task<Results<Ok<PagedResponse<PostResponse>>, ValidationProblem>> ListAsync(
        HttpRequest http,
        ClaimsPrincipal user,
        ForumDbContext db,
        AnonymousReads anonymousReads,
        TimeProvider time,
        string? community,
        string? sort,
        string? t,
        string? cursor,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var order = sort ?? FeedSort.Hot;
        if (!FeedSort.All.Contains(order))
        {
            errors.Add("sort", Messages.FormatSortChoices(string.Join(", ", FeedSort.All)));
        }

        var window = t ?? FeedWindow.All;
        if (!FeedWindow.Names.Contains(window))
        {
            errors.Add("t", Messages.FormatTimeWindowChoices(string.Join(", ", FeedWindow.Names)));
        }

        var size = pageSize ?? PageRequest.DefaultSize;
        if (size is < 1 or > PageRequest.MaxSize)
        {
            errors.Add("page_size", Messages.FormatPageSizeRange(PageRequest.MaxSize));
        }

        FeedCursor? from = null;
        if (cursor is not null && ((from = FeedCursor.Decode(cursor)) is null || from.Sort != order))
        {
            errors.Add("cursor", Messages.CursorNotOfFeed);
        }

        var cacheKey = ForumAccess.CallerId(user) is null && anonymousReads.IsEnabled && errors.IsEmpty ? AnonymousReads.Key(http) : null;
        if (cacheKey is null)
        {
            return await ReadPageAsync(http, user, db, time, community, order, window, size, from, errors, cancellationToken);
        }

        Results<Ok<PagedResponse<PostResponse>>, ValidationProblem>? ours = null;
        var page = await anonymousReads.ReadThroughAsync(cacheKey, anonymousReads.StampOf(null), async () =>
        {
            ours = await ReadPageAsync(http, user, db, time, community, order, window, size, from, errors, cancellationToken);
            return ours.Result is Ok<PagedResponse<PostResponse>> ok ? ok.Value : null;
        });
        return ours ?? TypedResults.Ok(page!);
    }

    private static async Task<Results<Ok<PagedResponse<PostResponse>>, ValidationProblem>> ReadPageAsync(
        HttpRequest http,
        ClaimsPrincipal user,
        ForumDbContext db,
        TimeProvider time,
        string? community,
        string order,
        string window,
        int size,
        FeedCursor? from,
        ValidationErrors errors,
        CancellationToken cancellationToken)
    {
        var callerId = ForumAccess.CallerId(user);
        Community? scope = null;
        if (community is not null && community != AllCommunities)
        {
            scope = await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == community, cancellationToken);
            if (scope is null)
            {
                errors.Add("community", Messages.FormatNoSuchCommunity(community));
            }
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var posts = db.Posts.AsNoTracking().Where(p => !p.IsDeleted);
        long count;
        var moderates = scope is not null && await ForumAccess.IsModeratorAsync(db, user, scope.Id, cancellationToken);
        if (scope is not null)
        {
            posts = posts.Where(p => p.CommunityId == scope.Id);
            count = scope.PostCount + (moderates ? scope.RemovedPostCount : 0);
        }
        else
        {
            var joined = community is null && callerId is { } id
                ? await db.Members.AsNoTracking().Where(m => m.UserId == id).Select(m => m.CommunityId).ToListAsync(cancellationToken)
                : [];
            if (joined.Count > 0)
            {
                posts = posts.Where(p => joined.Contains(p.CommunityId));
                count = await db.Communities.AsNoTracking().Where(c => joined.Contains(c.Id)).SumAsync(c => c.PostCount, cancellationToken);
            }
            else
            {
                count = await db.Communities.AsNoTracking().SumAsync(c => c.PostCount, cancellationToken);
            }
        }

        if (!moderates)
        {
            posts = posts.Where(p => !p.IsRemoved);
        }

        if (order is FeedSort.Top or FeedSort.Controversial && FeedWindow.Since(window, time.GetUtcNow().UtcDateTime) is { } since)
        {
            posts = posts.Where(p => p.CreatedAt >= since);
            // A window's count is a range count on the creation-time index (no counter can follow a sliding window).
            count = await posts.LongCountAsync(cancellationToken);
        }

        var ordered = order switch
        {
            FeedSort.New => Keyset.Page(posts, p => p.CreatedAt, from, ticks => new DateTime(ticks, DateTimeKind.Utc)),
            FeedSort.Top => Keyset.Page(posts, p => p.Score, from, value => (int)value),
            FeedSort.Best => Keyset.Page(posts, p => p.Best, from, BitConverter.Int64BitsToDouble),
            FeedSort.Controversial => Keyset.Page(posts, p => p.Controversy, from, BitConverter.Int64BitsToDouble),
            _ => Keyset.Page(posts, p => p.Hot, from, BitConverter.Int64BitsToDouble),
        };
        var rows = await PostQueries.FeedRows(db, ordered.Take(size + 1), callerId ?? 0).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (from?.Before == true)
        {
            rows.Reverse();
        }

        // Going forward, there is a next page when a row was left over and a previous one when we came from a cursor;
        // going back, the other way round.
        var hasNext = from?.Before == true || more;
        var hasPrevious = from is not null && (from.Before ? more : true);
        string? next = null;
        string? previous = null;
        if (rows.Count > 0)
        {
            var last = rows[^1];
            var first = rows[0];
            next = hasNext ? Link(http, new FeedCursor(order, false, last.KeyOf(order), last.Post.Id)) : null;
            previous = hasPrevious ? Link(http, new FeedCursor(order, true, first.KeyOf(order), first.Post.Id)) : null;
        }

        return TypedResults.Ok(new PagedResponse<PostResponse>(count, next, previous, rows.ConvertAll(r => r.Post)));
    }

    private static string Link(HttpRequest request, FeedCursor cursor)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["cursor"] = cursor.Encode();
        var builder = new QueryBuilder();
        foreach (var (key, values) in query)
        {
            foreach (var value in values)
            {
                builder.Add(key, value ?? string.Empty);
            }
        }

        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString());
    }
}
