namespace Agrovet.Chat.Rooms;

/// <summary>A room as its members see it: who is in it, the ad (ad rooms), the newest message and what they have not read.</summary>
public sealed record RoomResponse(
    long Id,
    string Kind,
    string? Name,
    long? OwnerId,
    AdRef? Ad,
    IReadOnlyList<UserRef> Members,
    MessagePreview? LastMessage,
    long UnreadCount,
    long ReadUpTo,
    DateTime LastActivityAt,
    DateTime CreatedAt);
