using Agrovet.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Comments;

/// <summary>Reads comments with their authors' names and the caller's votes.</summary>
public static class CommentQueries
{
    /// <remarks>
    /// The author is joined once (not two correlated lookups per comment: a 1,000-comment thread made 2,000 index
    /// probes), and the caller's vote is looked up only for a signed-in caller (<paramref name="callerId"/> 0 is anonymous).
    /// </remarks>
    public static IQueryable<CommentRow> Rows(ForumDbContext db, IQueryable<Comment> comments, long callerId) =>
        from c in comments
        from u in db.Users.Where(u => u.Id == c.AuthorId).DefaultIfEmpty()
        select new CommentRow
        {
            Id = c.Id,
            PostId = c.PostId,
            ParentId = c.ParentId,
            Depth = c.Depth,
            AuthorId = c.AuthorId,
            AuthorName = u == null ? null : u.Username,
            AuthorDeleted = u != null && u.IsDeleted,
            Body = c.Body,
            BodyHtml = c.BodyHtml,
            CreatedAt = c.CreatedAt,
            EditedAt = c.EditedAt,
            IsDeleted = c.IsDeleted,
            IsRemoved = c.IsRemoved,
            Ups = c.Ups,
            Downs = c.Downs,
            Score = c.Score,
            Best = c.Best,
            Controversy = c.Controversy,
            MyVote = callerId == 0
                ? 0
                : db.CommentVotes.Where(v => v.CommentId == c.Id && v.UserId == callerId).Select(v => (int)v.Value).FirstOrDefault(),
        };

    /// <summary>The whole thread of a post: one range scan of <c>ix_comments_post</c>.</summary>
    public static Task<List<CommentRow>> ThreadAsync(ForumDbContext db, long postId, long callerId, CancellationToken cancellationToken) =>
        Rows(db, db.Comments.AsNoTracking().Where(c => c.PostId == postId), callerId).ToListAsync(cancellationToken);

    /// <summary>A branch: the comment and everything below it, found by a recursive query on <c>parent_id</c>.</summary>
    public static async Task<List<CommentRow>> BranchAsync(ForumDbContext db, long rootId, long callerId, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<long>($"""
            WITH RECURSIVE branch AS (
                SELECT id FROM comments WHERE id = {rootId}
                UNION ALL
                SELECT c.id FROM comments AS c JOIN branch AS b ON c.parent_id = b.id)
            SELECT id AS "Value" FROM branch
            """).ToListAsync(cancellationToken);
        return await Rows(db, db.Comments.AsNoTracking().Where(c => ids.Contains(c.Id)), callerId).ToListAsync(cancellationToken);
    }
}
