using Agrovet.Contracts.Forum;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Forum.Votes;

/// <summary>
/// Records votes so that totals stay exact under any concurrency, in one statement and one round trip. It upserts the
/// voter's row (when the item exists and is neither deleted nor removed): a first vote is inserted, a changed one
/// updated under its row lock with the value it replaced kept in <c>replaced_value</c>, which the statement returns,
/// because an upsert returns only the new row (and a read of the old value from the statement's snapshot could be
/// stale by the time the lock is had). The difference goes into the item's <c>ups</c>/<c>downs</c>/<c>score</c> with
/// its ranking values recomputed from the new totals (<see cref="Rankings.RankingSql"/>), <c>foro.reaction.added</c>
/// goes into the outbox (<see cref="OutboxInsert"/>), and the statement answers the totals, or the item's state when
/// nothing changed. The item's row is updated in place (<c>ups = ups + d</c>), so concurrent voters queue on its row
/// lock and none is lost; the same voter twice at once queues on their vote row. Locks are always taken vote row
/// first, then item row, then the outbox's subject (the post), so voters cannot deadlock.
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
            await using var command = new NpgsqlCommand(sql.Before + outbox + sql.After, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter<long>("id", id));
            command.Parameters.Add(new NpgsqlParameter<long>("user_id", userId));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
            command.Parameters.Add(new NpgsqlParameter<int>("value", value));
            foreach (var parameter in raised.Parameters)
            {
                command.Parameters.Add(parameter);
            }

            // Prepared once per pooled connection (Npgsql keeps it across opens): PostgreSQL stops parsing and planning it.
            await command.PrepareAsync(cancellationToken);

            // Disposing the reader waits for the commit (and reports its failure), so it ends before the outcome counts.
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
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

    /// <summary>The statement of a vote on <paramref name="Table"/> (aliased <c>t</c>), around the outbox insert.</summary>
    private sealed record VoteSql(string Table, string VoteTable, string KeyColumn, string Rankings)
    {
        public string Before { get; } = $"""
            WITH item AS (
                SELECT id FROM {Table} WHERE id = @id AND NOT is_deleted AND NOT is_removed),
            changed AS (
                INSERT INTO {VoteTable} AS v ({KeyColumn}, user_id, value, voted_at, replaced_value)
                SELECT id, @user_id, @value, @now, 0 FROM item
                ON CONFLICT ({KeyColumn}, user_id) DO UPDATE
                    SET value = EXCLUDED.value, voted_at = EXCLUDED.voted_at, replaced_value = v.value
                    WHERE v.value <> EXCLUDED.value
                RETURNING v.replaced_value AS before),
            delta AS (
                SELECT ((@value = 1)::int - (before = 1)::int) AS du, ((@value = -1)::int - (before = -1)::int) AS dd, before
                FROM changed WHERE before <> @value),
            updated AS (
                UPDATE {Table} AS t SET
                    ups = t.ups + d.du, downs = t.downs + d.dd, score = t.score + d.du - d.dd,
                    {Rankings}
                    controversy = forum_controversy(t.ups + d.du, t.downs + d.dd)
                FROM delta AS d WHERE t.id = @id
                RETURNING t.ups, t.downs, t.score, t.author_id, d.before::int AS before),
            raised AS (

            """;

        public string After { get; } = $"""

            )
            SELECT true AS changed, false AS deleted, false AS removed, ups, downs, score FROM updated
            UNION ALL
            SELECT false, is_deleted, is_removed, ups, downs, score FROM {Table}
            WHERE id = @id AND NOT EXISTS (SELECT 1 FROM updated)
            """;
    }
}
