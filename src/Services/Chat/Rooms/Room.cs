namespace Agrovet.Chat.Rooms;

/// <summary>
/// A conversation. Direct and ad rooms have a <see cref="PairKey"/> (unique), so the same two people (or the same
/// buyer and ad) always find the same room again. <see cref="LastMessageId"/> is written under the room's row lock with
/// every message, which orders a room's messages across instances.
/// </summary>
public sealed class Room
{
    public long Id { get; init; }

    public string Kind { get; init; } = RoomKind.Direct;

    public string? Name { get; set; }

    /// <summary>The group's owner (adds and removes members); null for direct and ad rooms.</summary>
    public long? OwnerId { get; set; }

    public long? AdId { get; init; }

    public string? PairKey { get; init; }

    public long CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>The newest message's id (0: none yet).</summary>
    public long LastMessageId { get; set; }

    /// <summary>
    /// The number of the room's newest edit or delete (0: none yet), counted up under the room's row lock with each one:
    /// a reconnecting client gives the last it had (<c>?since_change=</c>) and is replayed those after it.
    /// </summary>
    public long LastChange { get; set; }

    /// <summary>When the room last saw a message (its creation time before that): the room list's order.</summary>
    public DateTime LastActivityAt { get; set; }

    public List<RoomMember> Members { get; init; } = [];

    public static string DirectKey(long a, long b) => a < b ? $"direct:{a}:{b}" : $"direct:{b}:{a}";

    public static string AdKey(long adId, long buyerId) => $"ad:{adId}:{buyerId}";
}
