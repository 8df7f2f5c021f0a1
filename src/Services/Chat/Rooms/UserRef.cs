namespace Agrovet.Chat.Rooms;

/// <summary>A person as rooms and messages show them.</summary>
public sealed record UserRef(long Id, string Username);
