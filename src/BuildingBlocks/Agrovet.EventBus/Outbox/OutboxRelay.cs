using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Agrovet.Contracts.Events;
using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// Publishes committed outbox rows of <typeparamref name="TContext"/> in id order and marks them sent, reading on from
/// where it left off (<see cref="OutboxCursor"/>) rather than from the start of the table. One instance per
/// database publishes at a time (a session advisory lock); the others stand by. Woken by commits in this process (and,
/// through <see cref="RelayNudges"/>, in the others), with a slow poll as the safety net. If the process dies between
/// publishing and marking, the rows are published again: consumers de-duplicate.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IEventTransport transport,
    OutboxSignal<TContext> signal,
    RelayNudges nudges,
    IOptions<EventBusOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    // Single-bigint advisory lock key ("AgVtRela"): the publishing relay of this database.
    private const long LeaderLockKey = 0x4167_5674_5265_6C61;

    private readonly RetryPolicy _retry = RetryPolicy.For(options.Value.Relay, time);

    private OutboxRelayOptions Relay => options.Value.Relay;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Relay.Enabled)
        {
            return;
        }

        // One run of the retry policy per session, so its backoff starts over once a session publishes; the failure
        // that ended a session is the first failure of the next run.
        Exception? lost = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                lost = await _retry.UntilSucceededAsync(
                    RunSessionAsync,
                    lost,
                    (e, _) => logger.LogWarning(e, "Outbox relay of {Context} lost its database session; retrying", typeof(TContext).Name),
                    stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Throws when the session cannot be had; once it is publishing, returns the failure that ends it.</summary>
    private async Task<Exception> RunSessionAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        try
        {
            await WaitForLeadershipAsync(connection, cancellationToken);
            await OutboxReader.PrepareSessionAsync(connection, cancellationToken);
            logger.LogInformation("Outbox relay of {Context} is publishing for database {Database}", typeof(TContext).Name, connection.Database);
            try
            {
                await using var nudged = await nudges.ListenAsync(connection.Database, signal.Notify, cancellationToken);
                await PublishLoopAsync(db, cancellationToken);
                throw new InvalidOperationException("The publish loop ended.");
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                return e;
            }
        }
        finally
        {
            await ReleaseLeadershipAsync(connection);
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task WaitForLeadershipAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT pg_try_advisory_lock({LeaderLockKey})";
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    return;
                }
            }

            // Standing by: pass this process's commits on to the publishing instance, and try again now and then.
            var until = time.GetUtcNow() + Relay.LeaderRetryInterval;
            for (var left = Relay.LeaderRetryInterval; left > TimeSpan.Zero; left = until - time.GetUtcNow())
            {
                if (await signal.WaitAsync(left, cancellationToken))
                {
                    await nudges.NudgeAsync(connection.Database);
                }
            }
        }
    }

    /// <summary>
    /// Gives the lock and the session's settings back before the connection returns to the pool, which does not reset
    /// connections (<c>No Reset On Close</c>, see <c>DatabaseDefaults</c>).
    /// </summary>
    private static async Task ReleaseLeadershipAsync(DbConnection connection)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT pg_advisory_unlock({LeaderLockKey}); {OutboxReader.EndSessionSql}";
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The session is gone, and its lock with it.
        }
    }

    private async Task PublishLoopAsync(TContext db, CancellationToken cancellationToken)
    {
        var reader = new OutboxReader(db);
        var cursor = new OutboxCursor(time, Relay.GapSettleDelay);
        var connection = db.Database.GetDbConnection();
        var nextCleanup = time.GetUtcNow();
        var nextSweep = time.GetUtcNow() + Relay.SweepInterval;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sweep = time.GetUtcNow() >= nextSweep;
            var round = await reader.ReadAsync(connection, cursor, sweep, Relay.BatchSize, cancellationToken);
            if (round.LastIdIssued < cursor.After)
            {
                // The ids started over below the cursor: read from the start again (what this round read is stale).
                logger.LogWarning("Outbox ids of {Context} restarted at or below {LastId} (the cursor was at {After}); reading from the start", typeof(TContext).Name, round.LastIdIssued, cursor.After);
                cursor = new OutboxCursor(time, Relay.GapSettleDelay);
                continue;
            }

            if (sweep && round.GapsComplete)
            {
                nextSweep = time.GetUtcNow() + Relay.SweepInterval;
            }

            if (sweep && round.InGaps.Count > 0)
            {
                logger.LogDebug("The sweep below the cursor found {Count} late outbox rows", round.InGaps.Count);
            }

            cursor.Found([.. round.InGaps.Select(r => r.Id)]);
            cursor.Advance([.. round.AboveCursor.Select(r => r.Id)]);
            if (round.GapsComplete)
            {
                cursor.Settle(round.OldestRunningTransaction, round.NextUnassignedTransaction);
            }

            // Busy or idle: a relay that always has something to publish must still drop what it kept long enough.
            if (time.GetUtcNow() >= nextCleanup)
            {
                await DeleteExpiredAsync(db, cancellationToken);
                nextCleanup = time.GetUtcNow() + Relay.CleanupInterval;
            }

            var batch = round.All;
            if (batch.Count == 0)
            {
                await signal.WaitAsync(Relay.PollInterval, cancellationToken);
                continue;
            }

            await PublishAsync(batch, cancellationToken);

            // Published: record it even while stopping, or the batch is published twice.
            await MarkSentAsync(db, batch, CancellationToken.None);
            await TrimAsync(batch, cancellationToken);
            if (batch.Count < Relay.BatchSize && Relay.Linger > TimeSpan.Zero)
            {
                // What commits meanwhile goes out in the next round, together.
                await Task.Delay(Relay.Linger, time, cancellationToken);
            }
        }
    }

    /// <summary>Retention of the streams just written to (a cheap length check unless one is over it).</summary>
    private async Task TrimAsync(List<PendingOutboxRow> batch, CancellationToken cancellationToken)
    {
        foreach (var topic in batch.Select(m => m.Topic).Distinct(StringComparer.Ordinal))
        {
            try
            {
                await transport.TrimAsync(topic, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Trimming is housekeeping: the next batch tries again.
                logger.LogDebug(e, "Trimming the stream of {Topic} failed", topic);
            }
        }
    }

    private async Task PublishAsync(List<PendingOutboxRow> batch, CancellationToken cancellationToken)
    {
        var previous = Activity.Current;
        var spans = new List<Activity?>(batch.Count);
        var outgoing = new List<OutgoingEvent>(batch.Count);
        try
        {
            foreach (var row in batch)
            {
                var span = EventBusTelemetry.StartPublish(row.Topic, row.Type, row.EventId, row.Traceparent);
                Activity.Current = previous;
                spans.Add(span);
                outgoing.Add(new OutgoingEvent(row.Topic, ToEnvelope(row, span?.Id ?? row.Traceparent)));
            }

            // Until the transport is back: the rows stay unsent meanwhile, and nothing after them is published first.
            var failures = 0;
            await _retry.UntilSucceededAsync(
                token => transport.PublishAsync(outgoing, token),
                (e, failed) =>
                {
                    failures = failed + 1;
                    if (failed == 0)
                    {
                        logger.LogWarning(e, "Publishing {Count} events failed; retrying with backoff until the transport is back", batch.Count);
                    }
                    else
                    {
                        logger.LogDebug(e, "Publishing {Count} events failed again (attempt {Attempt})", batch.Count, failed + 2);
                    }
                },
                cancellationToken);
            if (failures > 0)
            {
                logger.LogInformation("Publishing resumed after {Failures} failed attempts", failures);
            }
        }
        catch (Exception e)
        {
            foreach (var span in spans)
            {
                EventBusTelemetry.Fail(span, e);
            }

            throw;
        }
        finally
        {
            foreach (var span in spans)
            {
                span?.Stop();
            }

            Activity.Current = previous;
        }

        var now = time.GetUtcNow();
        foreach (var row in batch)
        {
            var topic = new KeyValuePair<string, object?>("topic", row.Topic);
            EventBusTelemetry.Published.Add(1, topic);
            EventBusTelemetry.RelayLag.Record((now - row.OccurredAt).TotalSeconds, topic);
        }
    }

    private EventEnvelope ToEnvelope(PendingOutboxRow row, string? traceparent)
    {
        using var data = JsonDocument.Parse(row.Data);
        var source = row.Source.Length > 0 ? row.Source : options.Value.Source ?? string.Empty;
        return new EventEnvelope(row.EventId, row.Type, source, row.OccurredAt, row.Subject, data.RootElement.Clone(), traceparent);
    }

    private async Task MarkSentAsync(TContext db, List<PendingOutboxRow> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(m => m.Id).ToArray();
        var rows = db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id));
        if (Relay.SentRetention <= TimeSpan.Zero)
        {
            await rows.ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), cancellationToken);
    }

    /// <summary>
    /// Deletes rows sent before the retention cutoff, a slice of the oldest rows at a time: ids follow time closely
    /// enough that the expired rows are the oldest ones, so no scan goes past them (there is no index on sent_at).
    /// </summary>
    private async Task DeleteExpiredAsync(TContext db, CancellationToken cancellationToken)
    {
        const int slice = 10_000;
        var table = ModelTables.QuotedName<OutboxMessage>(db);
        // The table name comes from the EF model, the values are parameters.
        var sql = $"WITH oldest AS (SELECT id, sent_at FROM {table} ORDER BY id LIMIT {slice}) "
            + $"DELETE FROM {table} AS o USING oldest WHERE o.id = oldest.id AND oldest.sent_at < @cutoff";
        var cutoff = time.GetUtcNow() - Relay.SentRetention;
        var deleted = 0;
        for (var round = 0; round < 10; round++)
        {
            var count = await db.Database.ExecuteSqlRawAsync(sql, [new NpgsqlParameter("cutoff", cutoff)], cancellationToken);
            deleted += count;
            if (count < slice)
            {
                break;
            }
        }

        if (deleted > 0)
        {
            logger.LogDebug("Deleted {Count} outbox rows sent before {Cutoff}", deleted, cutoff);
        }
    }
}
