using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.Forum.Feeds;

namespace Agrovet.Forum.Posts;

/// <summary>Posts in the answer's shape, with their community, author and the caller's vote, built in SQL.</summary>
public static class PostQueries
{
    /// <summary>Feed rows: the post without its body, and the ranking values its page's cursors are made of.</summary>
    public static IQueryable<FeedRow> FeedRows(ForumDbContext db, IQueryable<Post> posts, long callerId) =>
        posts.Select(p => new FeedRow
        {
            Hot = p.Hot,
            CreatedAt = p.CreatedAt,
            Score = p.Score,
            Best = p.Best,
            Controversy = p.Controversy,
            Post = new PostResponse(
                p.Id,
                db.Communities.Where(c => c.Id == p.CommunityId).Select(c => new CommunityRef(c.Id, c.Slug, c.Name)).First(),
                p.Title,
                null,
                null,
                p.Link,
                p.MediaIds,
                db.Users.Where(u => u.Id == p.AuthorId)
                    .Select(u => new AuthorRef(u.Id, u.IsDeleted ? AuthorRef.DeletedName : u.Username))
                    .FirstOrDefault() ?? new AuthorRef(p.AuthorId, AuthorRef.DeletedName),
                p.Score,
                p.Ups,
                p.Downs,
                p.CommentCount,
                db.PostVotes.Where(v => v.PostId == p.Id && v.UserId == callerId).Select(v => (int)v.Value).FirstOrDefault(),
                p.CreatedAt,
                p.EditedAt,
                p.IsLocked,
                p.IsRemoved),
        });

    public static IQueryable<PostResponse> Details(ForumDbContext db, IQueryable<Post> posts, long callerId) =>
        posts.Select(p => new PostResponse(
            p.Id,
            db.Communities.Where(c => c.Id == p.CommunityId).Select(c => new CommunityRef(c.Id, c.Slug, c.Name)).First(),
            p.Title,
            p.Body,
            p.BodyHtml,
            p.Link,
            p.MediaIds,
            db.Users.Where(u => u.Id == p.AuthorId)
                .Select(u => new AuthorRef(u.Id, u.IsDeleted ? AuthorRef.DeletedName : u.Username))
                .FirstOrDefault() ?? new AuthorRef(p.AuthorId, AuthorRef.DeletedName),
            p.Score,
            p.Ups,
            p.Downs,
            p.CommentCount,
            db.PostVotes.Where(v => v.PostId == p.Id && v.UserId == callerId).Select(v => (int)v.Value).FirstOrDefault(),
            p.CreatedAt,
            p.EditedAt,
            p.IsLocked,
            p.IsRemoved));
}
