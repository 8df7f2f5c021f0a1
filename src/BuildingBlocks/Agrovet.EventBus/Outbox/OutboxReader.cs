using System.Data.Common;
using System.Globalization;
using Agrovet.EventBus.Internal;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// One round trip of the relay: the current snapshot's transaction horizon, the next pending rows above the cursor,
/// and the pending rows in the cursor's gaps (or, on a sweep, anywhere below it), in that order, which matters:
/// a late row of a subject always commits before the subject's later rows, so once the read above the cursor has
/// seen a later row, the gap lookup that follows sees the late one.
/// </summary>
internal sealed class OutboxReader
{
    private const string Columns = "o.id, o.event_id, o.topic, o.type, o.source, o.subject, o.occurred_at, o.data, o.traceparent";

    private readonly string _horizonSql;
    private readonly string _aboveCursorSql;
    private readonly string _inGapsSql;

    public OutboxReader(DbContext db)
    {
        var table = ModelTables.QuotedName<OutboxMessage>(db);
        // The last id handed out tells when the ids started over (a table truncated with RESTART IDENTITY).
        _horizonSql = "SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text, "
            + $"coalesce(pg_sequence_last_value(pg_get_serial_sequence('{table.Replace("'", "''", StringComparison.Ordinal)}', 'id')), 0) "
            + "FROM pg_current_snapshot() AS s";
        // Both stay range scans of ix_outbox_messages_pending that stop after the batch.
        _aboveCursorSql = $"SELECT {Columns} FROM {table} AS o WHERE o.sent_at IS NULL AND o.id > $1 ORDER BY o.id LIMIT $2";
        _inGapsSql = $"SELECT {Columns} FROM unnest($1::bigint[], $2::bigint[]) AS g(first_id, last_id) "
            + $"JOIN {table} AS o ON o.id BETWEEN g.first_id AND g.last_id WHERE o.sent_at IS NULL ORDER BY o.id LIMIT $3";
    }

    /// <summary>
    /// Settles the plans of the relay's own session: without bitmap scans the planner cannot trade the ordered range
    /// scan that stops after a batch for one that fetches and sorts every pending row, which it does when the table's
    /// statistics are stale and a backlog has grown (a relay falling behind then falls further behind).
    /// </summary>
    public static async Task PrepareSessionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SET enable_bitmapscan = off";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Undoes <see cref="PrepareSessionAsync"/>, for the connection's next user.</summary>
    public const string EndSessionSql = "RESET enable_bitmapscan";

    /// <summary>Reads a round; <paramref name="sweep"/> looks for late rows below the cursor outside the known gaps too.</summary>
    public async Task<OutboxRound> ReadAsync(
        DbConnection connection, OutboxCursor cursor, bool sweep, int batchSize, CancellationToken cancellationToken)
    {
        var (from, to) = sweep ? ([1L], [cursor.After]) : cursor.GapRanges();
        var lookInGaps = from.Length > 0 && cursor.After > 0;

        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_horizonSql));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_aboveCursorSql)
        {
            Parameters = { new() { Value = cursor.After }, new() { Value = batchSize } },
        });
        if (lookInGaps)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(_inGapsSql)
            {
                Parameters =
                {
                    new() { Value = from, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                    new() { Value = to, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                    new() { Value = batchSize },
                },
            });
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var oldestRunning = ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
        var nextUnassigned = ulong.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
        var lastIdIssued = reader.GetInt64(2);

        await reader.NextResultAsync(cancellationToken);
        var aboveCursor = await ReadRowsAsync(reader, cancellationToken);
        List<PendingOutboxRow> inGaps = [];
        if (lookInGaps)
        {
            await reader.NextResultAsync(cancellationToken);
            inGaps = await ReadRowsAsync(reader, cancellationToken);
        }

        return new OutboxRound(oldestRunning, nextUnassigned, lastIdIssued, inGaps, aboveCursor, GapsComplete: inGaps.Count < batchSize);
    }

    private static async Task<List<PendingOutboxRow>> ReadRowsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<PendingOutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingOutboxRow(
                reader.GetInt64(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return rows;
    }
}
