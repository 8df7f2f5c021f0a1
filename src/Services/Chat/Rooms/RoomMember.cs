namespace Agrovet.Chat.Rooms;

/// <summary>One member of a room and how far they have read.</summary>
public sealed class RoomMember
{
    public long RoomId { get; init; }

    public long UserId { get; init; }

    public DateTime JoinedAt { get; init; }

    /// <summary>The newest message id the member has read (0: none).</summary>
    public long ReadUpTo { get; set; }
}
