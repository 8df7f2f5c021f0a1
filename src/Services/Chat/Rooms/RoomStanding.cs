namespace Agrovet.Chat.Rooms;

public enum RoomStanding
{
    NoSuchRoom,
    NotMember,
    Member,
}
