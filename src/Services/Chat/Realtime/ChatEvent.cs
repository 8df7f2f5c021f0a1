namespace Agrovet.Chat.Realtime;

/// <summary>
/// One frame for the connections of a room, serialized once for all of them. A new message is sequenced: it carries its
/// id and the id of the message before it in the room (<see cref="PreviousId"/>), from which a connection tells a gap
/// (fills it from the database) or a repeat (drops it). Everything else (typing, read, presence, edit, delete) is not.
/// </summary>
public sealed record ChatEvent(long RoomId, long MessageId, long PreviousId, byte[] Frame)
{
    public bool IsSequenced => MessageId > 0;

    public static ChatEvent Sequenced(long roomId, long messageId, long previousId, byte[] frame) => new(roomId, messageId, previousId, frame);

    public static ChatEvent Transient(long roomId, byte[] frame) => new(roomId, 0, 0, frame);
}
