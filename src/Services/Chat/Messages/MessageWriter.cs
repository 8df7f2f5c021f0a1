using System.ComponentModel.DataAnnotations.Schema;
using System.Threading.Channels;
using Agrovet.Chat.Data;
using Agrovet.Chat.Realtime;
using Agrovet.Chat.Rooms;
using Agrovet.Contracts.Chat;
using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Chat.Messages;

/// <summary>
/// Stores messages in batches (one transaction for up to <see cref="ChatOptions.WriteBatchSize"/> messages, their
/// <c>chat.message.sent</c> events included), then broadcasts them: a message is never shown that is not stored. The
/// rooms of a batch are locked in id order while it is written, so within a room the ids follow the commits on every
/// instance, and each broadcast carries the id before it in its room (how a connection notices a gap and fills it).
/// </summary>
public sealed partial class MessageWriter(IServiceScopeFactory scopes, RoomHub hub, IOptions<ChatOptions> options, TimeProvider time, ILogger<MessageWriter> logger)
    : BackgroundService
{
    private readonly Channel<PendingMessage> _queue = Channel.CreateBounded<PendingMessage>(
        new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues <paramref name="message"/> (waiting while the queue is full); its <see cref="PendingMessage.Stored"/> completes once it is stored and broadcast.</summary>
    public ValueTask EnqueueAsync(PendingMessage message, CancellationToken cancellationToken) => _queue.Writer.WriteAsync(message, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingMessage>(options.Value.WriteBatchSize);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < options.Value.WriteBatchSize && reader.TryRead(out var message))
                {
                    batch.Add(message);
                }

                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever was not stored is answered as failed below, so senders send it again elsewhere.
        }

        foreach (var message in batch)
        {
            message.Complete(new SendOutcome.Failed());
        }

        while (reader.TryRead(out var left))
        {
            left.Complete(new SendOutcome.Failed());
        }
    }

    private async Task WriteAsync(List<PendingMessage> batch, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await StoreAsync(batch, cancellationToken);
            await hub.PublishAsync(stored.Stored.ConvertAll(s => s.Event));
            foreach (var (message, outcome) in stored.Results)
            {
                message.Complete(outcome);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogBatchFailed(logger, e, batch.Count);
            foreach (var message in batch)
            {
                message.Complete(new SendOutcome.Failed());
            }
        }
    }

    private async Task<StoredBatch> StoreAsync(List<PendingMessage> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var now = Timestamps.Trim(time.GetUtcNow().UtcDateTime);
        var roomIds = batch.Select(m => m.RoomId).Distinct().Order().ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lastIds = await db.Database
            .SqlQuery<RoomLock>($"SELECT id, last_message_id FROM rooms WHERE id = ANY({roomIds}) ORDER BY id FOR UPDATE")
            .ToDictionaryAsync(r => r.Id, r => r.LastMessageId, cancellationToken);
        var members = (await db.ActiveMembers().Where(m => roomIds.Contains(m.RoomId)).Select(m => new { m.RoomId, m.UserId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.RoomId, m => m.UserId);
        var clientIds = batch.Where(m => m.ClientId is not null).Select(m => m.ClientId!).Distinct().ToArray();
        var earlier = clientIds.Length == 0
            ? []
            : await db.Messages.AsNoTracking().Where(m => roomIds.Contains(m.RoomId) && clientIds.Contains(m.ClientId!)).ToListAsync(cancellationToken);
        var byClientId = earlier.ToDictionary(m => (m.RoomId, m.AuthorId, m.ClientId!));

        var results = new List<(PendingMessage, SendOutcome)>(batch.Count);
        var added = new List<(PendingMessage Pending, Message Row)>(batch.Count);
        foreach (var pending in batch)
        {
            if (!lastIds.ContainsKey(pending.RoomId) || !members[pending.RoomId].Contains(pending.AuthorId))
            {
                results.Add((pending, new SendOutcome.NotMember()));
                continue;
            }

            if (pending.ClientId is not null && byClientId.TryGetValue((pending.RoomId, pending.AuthorId, pending.ClientId), out var before))
            {
                results.Add((pending, new SendOutcome.Stored(MessageResponse.From(before), Repeated: before.Id != 0)));
                continue;
            }

            var row = new Message
            {
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

            db.Messages.Add(row);
            added.Add((pending, row));
        }

        await db.SaveChangesAsync(cancellationToken);
        var events = new List<StoredMessage>(added.Count);
        foreach (var (pending, row) in added.OrderBy(a => a.Row.Id))
        {
            var previous = lastIds[row.RoomId];
            lastIds[row.RoomId] = row.Id;
            var message = MessageResponse.From(row);
            events.Add(new StoredMessage(ChatEvent.Sequenced(row.RoomId, row.Id, previous, ChatFrames.Serialize(message))));
            db.Outbox().Raise(
                new ChatMessageSent(row.Id, row.RoomId, row.AuthorId, [.. members[row.RoomId].Where(id => id != row.AuthorId)], row.Body.Length, row.MediaIds,
                    new DateTimeOffset(row.CreatedAt, TimeSpan.Zero)),
                row.RoomId);
            results.Add((pending, new SendOutcome.Stored(message, Repeated: false)));
        }

        // Duplicates within this batch answer with the row stored for the first of them.
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Item2 is SendOutcome.Stored { Message.Id: 0 } && results[i].Item1.ClientId is { } clientId
                && byClientId.TryGetValue((results[i].Item1.RoomId, results[i].Item1.AuthorId, clientId), out var first))
            {
                results[i] = (results[i].Item1, new SendOutcome.Stored(MessageResponse.From(first), Repeated: true));
            }
        }

        if (added.Count > 0)
        {
            var touched = added.Select(a => a.Row.RoomId).Distinct().ToArray();
            var newest = touched.Select(id => lastIds[id]).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE rooms AS r SET last_message_id = v.last_id, last_activity_at = {now}
                FROM unnest({touched}, {newest}) AS v(room_id, last_id)
                WHERE r.id = v.room_id
                """,
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new StoredBatch(events, results);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store a batch of {Count} message(s); their senders are told to send them again")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    private sealed record RoomLock([property: Column("id")] long Id, [property: Column("last_message_id")] long LastMessageId);

    private sealed record StoredMessage(ChatEvent Event);

    private sealed record StoredBatch(List<StoredMessage> Stored, List<(PendingMessage, SendOutcome)> Results);
}
