using Agrovet.Chat.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Chat.Rooms;

/// <summary>
/// Who may see a room: its members whose account is active (a deactivated or deleted account's rooms are closed to
/// it at once; a user whose events have not arrived yet counts as active, their token being good).
/// </summary>
public static class RoomAccess
{
    public static IQueryable<RoomMember> ActiveMembers(this ChatDbContext db) =>
        db.Members.Where(m => !db.Users.Any(u => u.Id == m.UserId && (!u.IsActive || u.IsDeleted)));

    /// <summary>
    /// <see cref="ActiveMembers"/> of the rooms in <c>$1</c> (<c>bigint[]</c>) as (room_id, user_id) rows, in SQL: the
    /// message writer sends it in the round trip that locks its rooms (a test holds the two to the same rule).
    /// </summary>
    public const string ActiveMembersOfRoomsSql =
        "SELECT m.room_id, m.user_id FROM room_members AS m WHERE m.room_id = ANY($1::bigint[]) "
        + "AND NOT EXISTS (SELECT 1 FROM users AS u WHERE u.id = m.user_id AND (NOT u.is_active OR u.is_deleted))";

    public static Task<bool> IsMemberAsync(this ChatDbContext db, long roomId, long userId, CancellationToken cancellationToken) =>
        db.ActiveMembers().AnyAsync(m => m.RoomId == roomId && m.UserId == userId, cancellationToken);

    /// <summary>What the caller may know of a room: it does not exist, it exists but is not theirs, or it is theirs.</summary>
    public static async Task<RoomStanding> StandingAsync(this ChatDbContext db, long roomId, long userId, CancellationToken cancellationToken)
    {
        if (!await db.Rooms.AnyAsync(r => r.Id == roomId, cancellationToken))
        {
            return RoomStanding.NoSuchRoom;
        }

        return await db.IsMemberAsync(roomId, userId, cancellationToken) ? RoomStanding.Member : RoomStanding.NotMember;
    }
}
