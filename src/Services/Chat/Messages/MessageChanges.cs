using System.Globalization;
using Agrovet.Chat.Data;
using Agrovet.Chat.Realtime;
using Agrovet.Chat.Rooms;
using Agrovet.Contracts.Audit;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Chat.Messages;

/// <summary>Edits, deletions and read markers, each stored and then broadcast to the room.</summary>
public sealed class MessageChanges(ChatDbContext db, RoomHub hub, TimeProvider time)
{
    public async Task<MessageChangeOutcome> EditAsync(long roomId, long messageId, long callerId, string? body, CancellationToken cancellationToken)
    {
        if (!await db.IsMemberAsync(roomId, callerId, cancellationToken))
        {
            return new MessageChangeOutcome.NotMember();
        }

        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == messageId && m.RoomId == roomId, cancellationToken);
        if (message is null || message.IsDeleted)
        {
            return NoSuchMessage(roomId, messageId);
        }

        if (message.AuthorId != callerId)
        {
            return new MessageChangeOutcome.Refused("forbidden", Texts.EditOwnOnly);
        }

        var errors = new ValidationErrors();
        var checkedBody = MessageRules.Body(body, message.MediaIds.Count > 0, errors);
        if (!errors.IsEmpty)
        {
            return new MessageChangeOutcome.Refused("invalid", errors.ToDictionary()["body"][0], "body");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        message.Body = checkedBody;
        message.EditedAt = Timestamps.Trim(time.GetUtcNow().UtcDateTime);
        message.Change = await NextChangeAsync(roomId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await BroadcastAsync(message, MessageResponse.Edited);
    }

    /// <summary>Deletes a message: its author (a member), or an administrator (<paramref name="admin"/>, audited), in any room.</summary>
    public async Task<MessageChangeOutcome> DeleteAsync(long roomId, long messageId, long callerId, AuditActor? admin, CancellationToken cancellationToken)
    {
        if (admin is null && !await db.IsMemberAsync(roomId, callerId, cancellationToken))
        {
            return new MessageChangeOutcome.NotMember();
        }

        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == messageId && m.RoomId == roomId, cancellationToken);
        if (message is null || message.IsDeleted)
        {
            return NoSuchMessage(roomId, messageId);
        }

        if (message.AuthorId != callerId && admin is null)
        {
            return new MessageChangeOutcome.Refused("forbidden", Texts.DeleteOwnOnly);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var body = message.Body;
        message.DeletedAt = Timestamps.Trim(time.GetUtcNow().UtcDateTime);
        message.Change = await NextChangeAsync(roomId, cancellationToken);
        if (admin is not null && message.AuthorId != callerId)
        {
            db.Outbox().RecordAdminAction(
                admin,
                "delete",
                new AuditObject(AuditObjectTypes.ChatMessage, message.Id.ToString(CultureInfo.InvariantCulture), $"message {message.Id} by {message.AuthorUsername} in room {roomId}"),
                new AuditChanges().Add("body", body, null));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await BroadcastAsync(message, MessageResponse.Removed);
    }

    /// <summary>Moves the member's marker forward to <paramref name="messageId"/> (never back, never past the room's newest message).</summary>
    public async Task<MessageChangeOutcome> MarkReadAsync(long roomId, UserRef caller, long messageId, CancellationToken cancellationToken)
    {
        if (!await db.IsMemberAsync(roomId, caller.Id, cancellationToken))
        {
            return new MessageChangeOutcome.NotMember();
        }

        var marker = await db.Database
            .SqlQuery<long>($"""
                UPDATE room_members AS m SET read_up_to = LEAST({messageId}, r.last_message_id)
                FROM rooms AS r
                WHERE m.room_id = {roomId} AND m.user_id = {caller.Id} AND r.id = m.room_id AND m.read_up_to < LEAST({messageId}, r.last_message_id)
                RETURNING m.read_up_to AS "Value"
                """)
            .ToListAsync(cancellationToken);
        if (marker.Count > 0)
        {
            await hub.PublishAsync(ChatEvent.Transient(roomId, ChatFrames.Serialize(new ReadFrame("read", roomId, caller, marker[0]))));
        }

        return new MessageChangeOutcome.Done(null);
    }

    /// <summary>The room's next change number; the row stays locked until the transaction ends, so changes commit in number order.</summary>
    private async Task<long> NextChangeAsync(long roomId, CancellationToken cancellationToken) =>
        (await db.Database
            .SqlQuery<long>($"""UPDATE rooms SET last_change = last_change + 1 WHERE id = {roomId} RETURNING last_change AS "Value" """)
            .ToListAsync(cancellationToken))[0];

    private async Task<MessageChangeOutcome> BroadcastAsync(Message message, string type)
    {
        var response = MessageResponse.From(message, type);
        await hub.PublishAsync(ChatEvent.Changed(message.RoomId, message.Change, ChatFrames.Serialize(response)));
        return new MessageChangeOutcome.Done(response);
    }

    private static MessageChangeOutcome.Refused NoSuchMessage(long roomId, long messageId) =>
        new("not_found", Texts.FormatNoSuchMessage(roomId, messageId));
}
