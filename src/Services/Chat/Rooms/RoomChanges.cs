using Agrovet.Chat.Ads;
using Agrovet.Chat.Data;
using Agrovet.Chat.Realtime;
using Agrovet.Contracts.Chat;
using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Chat.Rooms;

/// <summary>
/// The one place rooms open and change. Direct and ad rooms are found again by their pair key (a unique index settles
/// two people opening the same room at once); every new room raises <c>chat.room.created</c> in its transaction.
/// </summary>
public sealed class RoomChanges(ChatDbContext db, AdCopies ads, RoomHub hub, TimeProvider time)
{
    public async Task<RoomChangeOutcome> OpenDirectAsync(long callerId, long otherId, CancellationToken cancellationToken)
    {
        if (otherId == callerId)
        {
            return new RoomChangeOutcome.Invalid("user_id", Texts.DirectNeedsTwo);
        }

        if (!await IsVisibleUserAsync(otherId, cancellationToken))
        {
            return new RoomChangeOutcome.Invalid("user_id", Texts.FormatNoActiveUser(otherId));
        }

        return await FindOrCreateAsync(Room.DirectKey(callerId, otherId), RoomKind.Direct, null, callerId, [callerId, otherId], cancellationToken);
    }

    public async Task<RoomChangeOutcome> OpenAdAsync(long callerId, long adId, CancellationToken cancellationToken)
    {
        switch (await ads.FindAsync(adId, cancellationToken))
        {
            case AdLookupOutcome.Found { Ad: var ad }:
                if (ad.SellerId == callerId)
                {
                    return new RoomChangeOutcome.Invalid("ad_id", Texts.OwnAd);
                }

                return await FindOrCreateAsync(Room.AdKey(adId, callerId), RoomKind.Ad, null, callerId, [callerId, ad.SellerId], cancellationToken, adId);
            case AdLookupOutcome.NotFound:
                return new RoomChangeOutcome.Invalid("ad_id", Texts.FormatNoSuchAd(adId));
            default:
                return new RoomChangeOutcome.Unavailable(Texts.MarketplaceUnavailable);
        }
    }

    public async Task<RoomChangeOutcome> CreateGroupAsync(long callerId, string name, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken)
    {
        var others = memberIds.Where(id => id != callerId).Distinct().ToList();
        if (others.Count + 1 > RoomRules.MaxGroupMembers)
        {
            return new RoomChangeOutcome.Invalid("member_ids", Texts.FormatGroupAtMost(RoomRules.MaxGroupMembers));
        }

        var visible = await db.Users.Where(u => others.Contains(u.Id) && u.IsActive && !u.IsDeleted).Select(u => u.Id).ToListAsync(cancellationToken);
        var unknown = others.Except(visible).ToList();
        if (unknown.Count > 0)
        {
            return new RoomChangeOutcome.Invalid("member_ids", Texts.FormatNoActiveUsers(string.Join(", ", unknown)));
        }

        var room = NewRoom(RoomKind.Group, null, callerId, name, null, [callerId, .. others]);
        room.OwnerId = callerId;
        await SaveNewAsync(room, cancellationToken);
        return new RoomChangeOutcome.Done(room.Id, Created: true);
    }

    public async Task<RoomChangeOutcome> RenameAsync(long roomId, long callerId, string name, CancellationToken cancellationToken)
    {
        if (await GroupOwnedByAsync(roomId, callerId, Texts.OwnerRenames, cancellationToken) is { } refused)
        {
            return refused;
        }

        await db.Rooms.Where(r => r.Id == roomId).ExecuteUpdateAsync(r => r.SetProperty(x => x.Name, name), cancellationToken);
        return new RoomChangeOutcome.Done(roomId, Created: false);
    }

    public async Task<RoomChangeOutcome> AddMemberAsync(long roomId, long callerId, long userId, CancellationToken cancellationToken)
    {
        if (await GroupOwnedByAsync(roomId, callerId, Texts.OwnerAddsMembers, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await IsVisibleUserAsync(userId, cancellationToken))
        {
            return new RoomChangeOutcome.Invalid("user_id", Texts.FormatNoActiveUser(userId));
        }

        if (await db.Members.AnyAsync(m => m.RoomId == roomId && m.UserId == userId, cancellationToken))
        {
            return new RoomChangeOutcome.Done(roomId, Created: false);
        }

        if (await db.Members.CountAsync(m => m.RoomId == roomId, cancellationToken) >= RoomRules.MaxGroupMembers)
        {
            return new RoomChangeOutcome.Invalid("user_id", Texts.FormatGroupFull(RoomRules.MaxGroupMembers));
        }

        var lastMessage = await db.Rooms.Where(r => r.Id == roomId).Select(r => r.LastMessageId).FirstAsync(cancellationToken);
        // A newcomer starts with nothing unread: the history is there to read, not to count.
        db.Members.Add(new RoomMember { RoomId = roomId, UserId = userId, JoinedAt = Now(), ReadUpTo = lastMessage });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Added by a concurrent request.
        }

        return new RoomChangeOutcome.Done(roomId, Created: true);
    }

    /// <summary>The owner removes a member, or a member leaves (<paramref name="userId"/> is the caller). An owner who leaves hands the group to the longest-standing member.</summary>
    public async Task<RoomChangeOutcome> RemoveMemberAsync(long roomId, long callerId, long userId, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null || !await db.IsMemberAsync(roomId, callerId, cancellationToken))
        {
            return new RoomChangeOutcome.NotFound(Texts.FormatNoRoomOfYours(roomId));
        }

        if (room.Kind != RoomKind.Group)
        {
            return new RoomChangeOutcome.Invalid("user_id", Texts.OnlyGroupsChangeMembers);
        }

        if (userId != callerId && room.OwnerId != callerId)
        {
            return new RoomChangeOutcome.Forbidden(Texts.OwnerRemovesOthers);
        }

        var removed = await db.Members.Where(m => m.RoomId == roomId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return new RoomChangeOutcome.NotFound(Texts.FormatNotRoomMember(userId, roomId));
        }

        if (room.OwnerId == userId)
        {
            room.OwnerId = await db.Members.Where(m => m.RoomId == roomId).OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId)
                .Select(m => (long?)m.UserId).FirstOrDefaultAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await hub.KickAsync(userId, roomId, CloseCodes.NoLongerMember, nameof(Texts.NoLongerMember));
        return new RoomChangeOutcome.Done(roomId, Created: false);
    }

    private async Task<RoomChangeOutcome?> GroupOwnedByAsync(long roomId, long callerId, string refusal, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.AsNoTracking().Where(r => r.Id == roomId).Select(r => new { r.Kind, r.OwnerId }).FirstOrDefaultAsync(cancellationToken);
        if (room is null || !await db.IsMemberAsync(roomId, callerId, cancellationToken))
        {
            return new RoomChangeOutcome.NotFound(Texts.FormatNoRoomOfYours(roomId));
        }

        if (room.Kind != RoomKind.Group)
        {
            return new RoomChangeOutcome.Invalid("kind", Texts.OnlyGroupsManaged);
        }

        return room.OwnerId == callerId ? null : new RoomChangeOutcome.Forbidden(refusal);
    }

    private async Task<RoomChangeOutcome> FindOrCreateAsync(
        string pairKey, string kind, string? name, long callerId, long[] members, CancellationToken cancellationToken, long? adId = null)
    {
        if (await db.Rooms.Where(r => r.PairKey == pairKey).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return new RoomChangeOutcome.Done(existing, Created: false);
        }

        var room = NewRoom(kind, pairKey, callerId, name, adId, members);
        try
        {
            await SaveNewAsync(room, cancellationToken);
            return new RoomChangeOutcome.Done(room.Id, Created: true);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The other person opened it at the same moment.
            db.ChangeTracker.Clear();
            var id = await db.Rooms.Where(r => r.PairKey == pairKey).Select(r => r.Id).FirstAsync(cancellationToken);
            return new RoomChangeOutcome.Done(id, Created: false);
        }
    }

    private Room NewRoom(string kind, string? pairKey, long callerId, string? name, long? adId, long[] members)
    {
        var now = Now();
        var room = new Room
        {
            Kind = kind,
            PairKey = pairKey,
            Name = name,
            AdId = adId,
            CreatedBy = callerId,
            CreatedAt = now,
            LastActivityAt = now,
        };
        room.Members.AddRange(members.Distinct().Select(id => new RoomMember { UserId = id, JoinedAt = now }));
        return room;
    }

    private async Task SaveNewAsync(Room room, CancellationToken cancellationToken)
    {
        // The id comes from the insert, so the event joins a second save inside the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Rooms.Add(room);
        await db.SaveChangesAsync(cancellationToken);
        db.Outbox().Raise(
            new ChatRoomCreated(room.Id, room.Kind, room.Name, room.AdId, room.CreatedBy, [.. room.Members.Select(m => m.UserId)],
                new DateTimeOffset(room.CreatedAt, TimeSpan.Zero)),
            room.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<bool> IsVisibleUserAsync(long userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == userId && u.IsActive && !u.IsDeleted, cancellationToken);

    private DateTime Now() => Timestamps.Trim(time.GetUtcNow().UtcDateTime);
}
