namespace Agrovet.Chat.Rooms;

/// <summary>A group's new name.</summary>
public sealed record UpdateRoomRequest(string? Name);
