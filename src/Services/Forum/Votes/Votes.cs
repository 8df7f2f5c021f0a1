using Agrovet.Contracts.Forum;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Votes;

/// <summary>
/// Records votes so that totals stay exact under any concurrency. In one transaction: the voter's row is made to exist
/// (an upsert that does nothing when it does), then one statement locks it, reads the vote it held, changes it, and
/// adds the difference to the item's <c>ups</c>/<c>downs</c>/<c>score</c> with its ranking values recomputed from the
/// new totals (<see cref="Rankings.RankingSql"/>). The item's row is updated in place (<c>ups = ups + d</c>), so
/// concurrent voters queue on its row lock and none is lost; the same voter twice at once queues on their vote row.
/// Locks are always taken vote row first, then item row, then the outbox's subject, so voters cannot deadlock.
/// </summary>
public sealed class Votes(ForumDbContext db, TimeProvider time)
{
    public async Task<VoteTotals> OnPostAsync(VoteTarget post, long userId, int value, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO post_votes (post_id, user_id, value, voted_at) VALUES ({post.Id}, {userId}, 0, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
        var totals = (await db.Database.SqlQuery<VoteTotals>($"""
            WITH old AS (
                SELECT value FROM post_votes WHERE post_id = {post.Id} AND user_id = {userId} FOR UPDATE),
            changed AS (
                UPDATE post_votes AS v SET value = {value}, voted_at = {now} FROM old
                WHERE v.post_id = {post.Id} AND v.user_id = {userId} AND old.value <> {value}
                RETURNING old.value AS before),
            delta AS (
                SELECT (({value} = 1)::int - (before = 1)::int) AS du, (({value} = -1)::int - (before = -1)::int) AS dd, before FROM changed),
            updated AS (
                UPDATE posts AS p SET
                    ups = p.ups + d.du, downs = p.downs + d.dd, score = p.score + d.du - d.dd,
                    hot = forum_hot(p.ups + d.du, p.downs + d.dd, p.created_at),
                    best = forum_best(p.ups + d.du, p.downs + d.dd),
                    controversy = forum_controversy(p.ups + d.du, p.downs + d.dd)
                FROM delta AS d WHERE p.id = {post.Id}
                RETURNING p.ups, p.downs, p.score, d.before::int AS before)
            SELECT ups, downs, score, before, true AS changed FROM updated
            UNION ALL
            SELECT ups, downs, score, {value} AS before, false AS changed FROM posts
            WHERE id = {post.Id} AND NOT EXISTS (SELECT 1 FROM updated)
            """).ToListAsync(cancellationToken))[0];
        await FinishAsync(ReactionAdded.Post, post, userId, value, totals, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return totals;
    }

    public async Task<VoteTotals> OnCommentAsync(VoteTarget comment, long userId, int value, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO comment_votes (comment_id, user_id, value, voted_at) VALUES ({comment.Id}, {userId}, 0, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
        var totals = (await db.Database.SqlQuery<VoteTotals>($"""
            WITH old AS (
                SELECT value FROM comment_votes WHERE comment_id = {comment.Id} AND user_id = {userId} FOR UPDATE),
            changed AS (
                UPDATE comment_votes AS v SET value = {value}, voted_at = {now} FROM old
                WHERE v.comment_id = {comment.Id} AND v.user_id = {userId} AND old.value <> {value}
                RETURNING old.value AS before),
            delta AS (
                SELECT (({value} = 1)::int - (before = 1)::int) AS du, (({value} = -1)::int - (before = -1)::int) AS dd, before FROM changed),
            updated AS (
                UPDATE comments AS c SET
                    ups = c.ups + d.du, downs = c.downs + d.dd, score = c.score + d.du - d.dd,
                    best = forum_best(c.ups + d.du, c.downs + d.dd),
                    controversy = forum_controversy(c.ups + d.du, c.downs + d.dd)
                FROM delta AS d WHERE c.id = {comment.Id}
                RETURNING c.ups, c.downs, c.score, d.before::int AS before)
            SELECT ups, downs, score, before, true AS changed FROM updated
            UNION ALL
            SELECT ups, downs, score, {value} AS before, false AS changed FROM comments
            WHERE id = {comment.Id} AND NOT EXISTS (SELECT 1 FROM updated)
            """).ToListAsync(cancellationToken))[0];
        await FinishAsync(ReactionAdded.Comment, comment, userId, value, totals, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return totals;
    }

    private async Task FinishAsync(string type, VoteTarget target, long userId, int value, VoteTotals totals, DateTime now, CancellationToken cancellationToken)
    {
        if (!totals.Changed)
        {
            return;
        }

        db.Outbox().Raise(
            new ReactionAdded(type, target.Id, target.PostId, target.AuthorId, userId, value, totals.Before, totals.Ups, totals.Downs, totals.Score, new DateTimeOffset(now, TimeSpan.Zero)),
            target.PostId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
