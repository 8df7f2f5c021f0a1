namespace Agrovet.Chat.Rooms;

/// <summary>The kinds of room: two people, a named group, or a buyer and the seller of an ad.</summary>
public static class RoomKind
{
    public const string Direct = "direct";
    public const string Group = "group";
    public const string Ad = "ad";

    public static IReadOnlyList<string> All { get; } = [Direct, Group, Ad];
}
