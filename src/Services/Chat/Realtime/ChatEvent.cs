namespace Agrovet.Chat.Realtime;

/// <summary>
/// One frame for the connections of a room, serialized once for all of them. A new message is sequenced: it carries its
/// id and the id of the message before it in the room (<see cref="PreviousId"/>), from which a connection tells a gap
/// (fills it from the database) or a repeat (drops it). An edit or delete carries the room's change number
/// (<see cref="Change"/>), told apart the same way. Everything else (typing, read, presence) is neither.
/// </summary>
public sealed record ChatEvent(long RoomId, long MessageId, long PreviousId, byte[] Frame)
{
    public bool IsSequenced => MessageId > 0;

    /// <summary>The room's change number of an edit or delete; 0 for every other event.</summary>
    public long Change { get; init; }

    /// <summary>
    /// When the hub handed it to the room's connections here (<see cref="ChatTelemetry.Timestamp"/>; 0 for a frame queued
    /// for one connection alone), so each connection can tell how long its frame waited.
    /// </summary>
    public long HandedOverAt { get; set; }

    public static ChatEvent Changed(long roomId, long change, byte[] frame) => new(roomId, 0, 0, frame) { Change = change };

    public static ChatEvent Sequenced(long roomId, long messageId, long previousId, byte[] frame) => new(roomId, messageId, previousId, frame);

    public static ChatEvent Transient(long roomId, byte[] frame) => new(roomId, 0, 0, frame);
}
