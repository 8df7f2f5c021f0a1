namespace Agrovet.Chat.Rooms;

/// <summary>The user to add to a group.</summary>
public sealed record AddMemberRequest(long? UserId);
