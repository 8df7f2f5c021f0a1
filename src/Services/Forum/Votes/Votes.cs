using Agrovet.Contracts.Forum;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Forum.Votes;

/// <summary>
/// Records votes so that totals stay exact under any concurrency, in one round trip: a batch of two statements that
/// PostgreSQL runs as one implicit transaction. The first makes the voter's row exist (an upsert that does nothing when
/// it does, or when the item is missing, deleted or removed). The second locks that row, reads the vote it held,
/// changes it, adds the difference to the item's <c>ups</c>/<c>downs</c>/<c>score</c> with its ranking values
/// recomputed from the new totals (<see cref="Rankings.RankingSql"/>), inserts <c>foro.reaction.added</c> into the
/// outbox (<see cref="OutboxInsert"/>) and answers the totals, or the item's state when nothing changed. The item's row
/// is updated in place (<c>ups = ups + d</c>), so concurrent voters queue on its row lock and none is lost; the same
/// voter twice at once queues on their vote row. Locks are always taken vote row first, then item row, then the
/// outbox's subject (the post), so voters cannot deadlock. Separate statements, because a statement does not see the
/// rows its own CTEs insert.
/// </summary>
public sealed class Votes(ForumDbContext db, TimeProvider time)
{
    private static readonly VoteSql Posts = new("posts", "post_votes", "post_id", """
        hot = forum_hot(t.ups + d.du, t.downs + d.dd, t.created_at),
        best = forum_best(t.ups + d.du, t.downs + d.dd),
        """);

    private static readonly VoteSql Comments = new("comments", "comment_votes", "comment_id", """
        best = forum_best(t.ups + d.du, t.downs + d.dd),
        """);

    public Task<VoteOutcome> OnPostAsync(long postId, long userId, int value, CancellationToken cancellationToken) =>
        VoteAsync(Posts, ReactionAdded.Post, postId, postId, userId, value, cancellationToken);

    /// <summary>A vote on a comment of <paramref name="postId"/> (the events' subject).</summary>
    public Task<VoteOutcome> OnCommentAsync(long commentId, long postId, long userId, int value, CancellationToken cancellationToken) =>
        VoteAsync(Comments, ReactionAdded.Comment, commentId, postId, userId, value, cancellationToken);

    private async Task<VoteOutcome> VoteAsync(
        VoteSql sql, string type, long id, long postId, long userId, int value, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Author and totals come from the statement; the rest is known here.
        var raised = db.Outbox().RaiseInSql(new ReactionAdded(type, id, postId, 0, userId, value, 0, 0, 0, 0, now), postId);
        var outbox = raised.Sql(
            "updated AS u",
            (nameof(ReactionAdded.AuthorId), "u.author_id"),
            (nameof(ReactionAdded.Previous), "u.before"),
            (nameof(ReactionAdded.Ups), "u.ups"),
            (nameof(ReactionAdded.Downs), "u.downs"),
            (nameof(ReactionAdded.Score), "u.score"));

        await db.Database.OpenConnectionAsync(cancellationToken);
        VoteOutcome outcome;
        bool changed;
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            var ensure = new NpgsqlBatchCommand(sql.Ensure);
            ensure.Parameters.Add(new NpgsqlParameter<long>("id", id));
            ensure.Parameters.Add(new NpgsqlParameter<long>("user_id", userId));
            ensure.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
            var change = new NpgsqlBatchCommand(sql.ChangeBefore + outbox + sql.ChangeAfter);
            change.Parameters.Add(new NpgsqlParameter<long>("id", id));
            change.Parameters.Add(new NpgsqlParameter<long>("user_id", userId));
            change.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
            change.Parameters.Add(new NpgsqlParameter<int>("value", value));
            foreach (var parameter in raised.Parameters)
            {
                change.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(ensure);
            batch.BatchCommands.Add(change);

            // Prepared once per pooled connection (Npgsql keeps it across opens): PostgreSQL stops parsing and planning it.
            await batch.PrepareAsync(cancellationToken);

            // Disposing the reader waits for the commit (and reports its failure), so it ends before the outcome counts.
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return VoteOutcome.Missing;
                }

                changed = reader.GetBoolean(0);
                var status = reader.GetBoolean(1) ? VoteStatus.Deleted : reader.GetBoolean(2) ? VoteStatus.Removed : VoteStatus.Counted;
                outcome = new VoteOutcome(status, reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        if (changed)
        {
            raised.Committed();
        }

        return outcome;
    }

    /// <summary>The two statements of a vote on <paramref name="Table"/> (aliased <c>t</c>), minus the outbox insert.</summary>
    private sealed record VoteSql(string Table, string VoteTable, string KeyColumn, string Rankings)
    {
        public string Ensure { get; } = $"""
            INSERT INTO {VoteTable} ({KeyColumn}, user_id, value, voted_at)
            SELECT id, @user_id, 0, @now FROM {Table} WHERE id = @id AND NOT is_deleted AND NOT is_removed
            ON CONFLICT DO NOTHING
            """;

        public string ChangeBefore { get; } = $"""
            WITH old AS (
                SELECT v.value FROM {VoteTable} AS v
                WHERE v.{KeyColumn} = @id AND v.user_id = @user_id
                  AND EXISTS (SELECT 1 FROM {Table} WHERE id = @id AND NOT is_deleted AND NOT is_removed)
                FOR UPDATE OF v),
            changed AS (
                UPDATE {VoteTable} AS v SET value = @value, voted_at = @now FROM old
                WHERE v.{KeyColumn} = @id AND v.user_id = @user_id AND old.value <> @value
                RETURNING old.value AS before),
            delta AS (
                SELECT ((@value = 1)::int - (before = 1)::int) AS du, ((@value = -1)::int - (before = -1)::int) AS dd, before FROM changed),
            updated AS (
                UPDATE {Table} AS t SET
                    ups = t.ups + d.du, downs = t.downs + d.dd, score = t.score + d.du - d.dd,
                    {Rankings}
                    controversy = forum_controversy(t.ups + d.du, t.downs + d.dd)
                FROM delta AS d WHERE t.id = @id
                RETURNING t.ups, t.downs, t.score, t.author_id, d.before::int AS before),
            raised AS (

            """;

        public string ChangeAfter { get; } = $"""

            )
            SELECT true AS changed, false AS deleted, false AS removed, ups, downs, score FROM updated
            UNION ALL
            SELECT false, is_deleted, is_removed, ups, downs, score FROM {Table}
            WHERE id = @id AND NOT EXISTS (SELECT 1 FROM updated)
            """;
    }
}
