using System.Threading.Channels;
using Agrovet.Chat.Data;
using Agrovet.Chat.Realtime;
using Agrovet.Chat.Rooms;
using Agrovet.Contracts.Chat;
using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Agrovet.Chat.Messages;

/// <summary>
/// Stores messages in batches (one transaction for up to <see cref="ChatOptions.WriteBatchSize"/> messages, their
/// <c>chat.message.sent</c> events included), then broadcasts them: a message is never shown that is not stored. The
/// rooms of a batch are locked in id order while it is written, so within a room the ids follow the commits on every
/// instance, and each broadcast carries the id before it in its room (how a connection notices a gap and fills it).
/// Up to <see cref="ChatOptions.WriteBatchesInFlight"/> batches are stored at once (the next one's round trips overlap
/// the last one's), and broadcast in the order they were taken; a batch asks for its rooms' locks only once the batch
/// before holds its own, so batches sharing a room commit in the order they were taken too (a sender's messages keep
/// their order when they land in different batches). While one is being stored, the next one gathers messages for
/// <see cref="ChatOptions.WriteLinger"/> first.
/// </summary>
public sealed partial class MessageWriter(IServiceScopeFactory scopes, RoomHub hub, IOptions<ChatOptions> options, TimeProvider time, ILogger<MessageWriter> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _stored = new(0);
    private int _storing;
    private readonly Channel<PendingMessage> _queue = Channel.CreateBounded<PendingMessage>(
        new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues <paramref name="message"/> (waiting while the queue is full); its <see cref="PendingMessage.Stored"/> completes once it is stored and broadcast.</summary>
    public ValueTask EnqueueAsync(PendingMessage message, CancellationToken cancellationToken) => _queue.Writer.WriteAsync(message, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        // Each batch is broadcast after the one before it was: a room's messages go out in the order their rows committed.
        var broadcast = Task.CompletedTask;
        var locked = Task.CompletedTask;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (Volatile.Read(ref _storing) >= BatchesInFlight())
                {
                    await _stored.WaitAsync(stoppingToken);
                }

                if (Volatile.Read(ref _storing) > 0 && reader.Count < options.Value.WriteBatchSize && options.Value.WriteLinger > TimeSpan.Zero)
                {
                    await Task.Delay(options.Value.WriteLinger, time, stoppingToken);
                }

                Interlocked.Increment(ref _storing);
                var batch = new List<PendingMessage>(Math.Clamp(reader.Count, 1, options.Value.WriteBatchSize));
                while (batch.Count < options.Value.WriteBatchSize && reader.TryRead(out var message))
                {
                    batch.Add(message);
                }

                ChatTelemetry.BatchTaken(batch.Count, ChatTelemetry.Timestamp(), batch.Select(m => m.ReceivedAt));
                var handedOver = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _ = WriteAsync(batch, new BatchOrder(locked, holding, broadcast, handedOver), stoppingToken);
                broadcast = handedOver.Task;
                locked = holding.Task;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever was not stored is answered as failed below, so senders send it again elsewhere.
        }

        while (Volatile.Read(ref _storing) > 0)
        {
            await _stored.WaitAsync(CancellationToken.None);
        }

        while (reader.TryRead(out var left))
        {
            left.Complete(new SendOutcome.Failed());
        }
    }

    /// <summary>
    /// This instance's share of <see cref="ChatOptions.WriteBatchesInFlight"/>: the budget is the database's (every
    /// instance's batches wait for the same rooms' locks), so more instances each store fewer batches at once.
    /// </summary>
    private int BatchesInFlight() =>
        (int)Math.Ceiling(Math.Max(1, options.Value.WriteBatchesInFlight) / (double)Math.Max(1, hub.LiveInstances));

    /// <summary>
    /// Stores <paramref name="batch"/> while earlier batches may still be storing (each locks its rooms, so a room's
    /// batches commit one after the other, in the order of <paramref name="order"/>), then broadcasts it once the batch
    /// before has been handed to the hub, and says so.
    /// </summary>
    private async Task WriteAsync(List<PendingMessage> batch, BatchOrder order, CancellationToken cancellationToken)
    {
        try
        {
            var startedAt = ChatTelemetry.Timestamp();
            var stored = await StoreAsync(batch, order, cancellationToken);
            ChatTelemetry.BatchStored(startedAt);
            await order.BroadcastBefore;
            var published = hub.PublishAsync(stored.Events);
            order.HandedOver.TrySetResult();
            await published;
            foreach (var (message, outcome) in stored.Results)
            {
                message.Complete(outcome);
            }
        }
        catch (Exception e)
        {
            if (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, e, batch.Count);
            }

            order.Holding.TrySetResult();
            await order.BroadcastBefore;
            order.HandedOver.TrySetResult();
            foreach (var message in batch)
            {
                message.Complete(new SendOutcome.Failed());
            }
        }
        finally
        {
            Interlocked.Decrement(ref _storing);
            _stored.Release();
        }
    }

    /// <summary>
    /// Stores a batch holding its rooms' locks for two round trips: begin, read who is a member, lock the rooms, take the
    /// batch's ids from the sequence and read what was stored before under its client ids; write the messages, the
    /// rooms' newest ids and the events, and commit. The transaction is begun and committed by the statements
    /// themselves (a transaction object would commit in a round trip of its own), so a batch that fails on the way is
    /// rolled back here before its connection goes back to the pool.
    /// </summary>
    private async Task<StoredBatch> StoreAsync(List<PendingMessage> batch, BatchOrder order, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var now = Timestamps.Trim(time.GetUtcNow().UtcDateTime);
        var roomIds = batch.Select(m => m.RoomId).Distinct().Order().ToArray();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        try
        {
            return await StoreInTransactionAsync(db, connection, batch, roomIds, now, order, cancellationToken);
        }
        catch
        {
            await RollBackAsync(connection);
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<StoredBatch> StoreInTransactionAsync(
        ChatDbContext db, NpgsqlConnection connection, List<PendingMessage> batch, long[] roomIds, DateTime now, BatchOrder order, CancellationToken cancellationToken)
    {
        var clientIds = batch.Where(m => m.ClientId is not null).Select(m => m.ClientId!).Distinct().ToArray();
        await order.LockedBefore;
        var (members, lastIds, ids, earlier) = await MessageBatchSql.LockAsync(connection, roomIds, batch.Count, clientIds, cancellationToken);
        order.Holding.TrySetResult();
        var byClientId = earlier.ToDictionary(m => (m.RoomId, m.AuthorId, m.ClientId!));

        var results = new List<(PendingMessage, SendOutcome)>(batch.Count);
        var events = new List<ChatEvent>(batch.Count);
        var rows = new List<Message>(batch.Count);
        var outbox = db.Outbox().RaiseManyInSql();
        var nextId = 0;
        foreach (var pending in batch)
        {
            if (!lastIds.ContainsKey(pending.RoomId) || !members[pending.RoomId].Contains(pending.AuthorId))
            {
                results.Add((pending, new SendOutcome.NotMember()));
                continue;
            }

            if (pending.ClientId is not null && byClientId.TryGetValue((pending.RoomId, pending.AuthorId, pending.ClientId), out var before))
            {
                // Stored before, or earlier in this batch.
                results.Add((pending, new SendOutcome.Stored(MessageResponse.From(before), Repeated: true)));
                continue;
            }

            var row = new Message
            {
                Id = ids[nextId++],
                RoomId = pending.RoomId,
                AuthorId = pending.AuthorId,
                AuthorUsername = pending.AuthorUsername,
                Body = pending.Body,
                MediaIds = pending.MediaIds,
                ClientId = pending.ClientId,
                CreatedAt = now,
            };
            if (pending.ClientId is not null)
            {
                byClientId[(pending.RoomId, pending.AuthorId, pending.ClientId)] = row;
            }

            rows.Add(row);
            var previous = lastIds[row.RoomId];
            lastIds[row.RoomId] = row.Id;
            var message = MessageResponse.From(row);
            events.Add(ChatEvent.Sequenced(row.RoomId, row.Id, previous, ChatFrames.Serialize(message)));
            outbox.Add(
                new ChatMessageSent(row.Id, row.RoomId, row.AuthorId, [.. members[row.RoomId].Where(id => id != row.AuthorId)], row.Body.Length, row.MediaIds,
                    new DateTimeOffset(row.CreatedAt, TimeSpan.Zero)),
                row.RoomId);
            results.Add((pending, new SendOutcome.Stored(message, Repeated: false)));
        }

        await using var write = new NpgsqlBatch(connection);
        if (rows.Count > 0)
        {
            var newestIds = rows.Select(r => r.RoomId).Distinct().ToDictionary(id => id, id => lastIds[id]);
            foreach (var command in MessageBatchSql.Insert(rows, newestIds, now).Concat(outbox.Commands()))
            {
                write.BatchCommands.Add(command);
            }
        }

        write.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await write.PrepareAsync(cancellationToken);
        await write.ExecuteNonQueryAsync(cancellationToken);
        outbox.Committed();
        return new StoredBatch(events, results);
    }

    /// <summary>Ends a transaction a failed batch left open, before the connection goes back to the pool.</summary>
    private static async Task RollBackAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // A broken connection: the pool discards it, and the server ends its transaction.
        }
    }

    public override void Dispose()
    {
        _stored.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store a batch of {Count} message(s); their senders are told to send them again")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    private sealed record StoredBatch(List<ChatEvent> Events, List<(PendingMessage, SendOutcome)> Results);

    /// <param name="LockedBefore">Completes when the batch before holds its rooms' locks (or has failed).</param>
    /// <param name="Holding">Completed by this batch once it holds its own (or has failed).</param>
    /// <param name="BroadcastBefore">Completes when the batch before has been handed to the hub.</param>
    /// <param name="HandedOver">Completed by this batch once it has been handed to the hub.</param>
    private sealed record BatchOrder(Task LockedBefore, TaskCompletionSource Holding, Task BroadcastBefore, TaskCompletionSource HandedOver);
}
