namespace Agrovet.Chat.Rooms;

/// <summary>The ad an ad room is about.</summary>
public sealed record AdRef(long Id, string Title, long SellerId, string Status);
