namespace Agrovet.Chat.Rooms;

/// <summary>The header badge: unread messages in all of the caller's rooms, and in how many rooms.</summary>
public sealed record UnreadResponse(long Total, int Rooms);
