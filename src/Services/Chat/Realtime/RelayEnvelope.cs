using System.Buffers.Binary;

namespace Agrovet.Chat.Realtime;

/// <summary>
/// How an event travels between instances on a room's Redis channel, readable across versions so that a rolling deploy
/// keeps relaying both ways. The versioned shape is
/// <c>[format: int64, negative][header length: uint16][origin: 16][room: 8][message id: 8][previous id: 8][change: 8]…[frame]</c>,
/// little-endian: fields are only ever appended, a reader takes the ones it knows that the header holds (the others
/// default to 0: a transient event) and skips the rest, and the frame starts where the header length says. A negative
/// first word marks it: the unversioned shapes of the first releases began with the (positive) room id —
/// <c>[room][id][previous][origin][frame]</c>, then with <c>[change]</c> before the origin — and are still read.
/// </summary>
public static class RelayEnvelope
{
    /// <summary>The format written; its negation is the first word of the envelope.</summary>
    public const long Format = 2;

    private const int FormatBytes = 8;
    private const int LengthBytes = 2;
    private const int OriginAt = FormatBytes + LengthBytes;
    private const int RoomAt = OriginAt + 16;
    private const int MessageIdAt = RoomAt + 8;
    private const int PreviousIdAt = MessageIdAt + 8;
    private const int ChangeAt = PreviousIdAt + 8;
    private const int HeaderBytes = ChangeAt + 8;

    /// <summary>The unversioned shapes: <c>[room][id][previous][origin]</c> (40 bytes), then <c>[room][id][previous][change][origin]</c> (48).</summary>
    private const int FirstHeaderBytes = 8 + 8 + 8 + 16;
    private const int SecondHeaderBytes = 8 + 8 + 8 + 8 + 16;

    public static byte[] Write(ChatEvent e, Guid origin)
    {
        var bytes = new byte[HeaderBytes + e.Frame.Length];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, -Format);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(FormatBytes), HeaderBytes);
        origin.TryWriteBytes(bytes.AsSpan(OriginAt, 16));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(RoomAt), e.RoomId);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(MessageIdAt), e.MessageId);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(PreviousIdAt), e.PreviousId);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(ChangeAt), e.Change);
        e.Frame.CopyTo(bytes.AsSpan(HeaderBytes));
        return bytes;
    }

    /// <summary>The event and the instance that published it, or null when <paramref name="bytes"/> is no envelope.</summary>
    public static (ChatEvent Event, Guid Origin)? Read(byte[]? bytes)
    {
        if (bytes is null || bytes.Length < FormatBytes)
        {
            return null;
        }

        return BinaryPrimitives.ReadInt64LittleEndian(bytes) < 0 ? ReadVersioned(bytes) : ReadUnversioned(bytes);
    }

    private static (ChatEvent, Guid)? ReadVersioned(byte[] bytes)
    {
        if (bytes.Length < RoomAt + 8)
        {
            return null;
        }

        int header = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(FormatBytes));
        if (header < RoomAt + 8 || header > bytes.Length)
        {
            return null;
        }

        long Field(int at) => at + 8 <= header ? BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at)) : 0;
        var e = new ChatEvent(Field(RoomAt), Field(MessageIdAt), Field(PreviousIdAt), bytes[header..]) { Change = Field(ChangeAt) };
        return (e, new Guid(bytes.AsSpan(OriginAt, 16)));
    }

    /// <summary>The first releases' shapes, told apart by where the JSON frame starts.</summary>
    private static (ChatEvent, Guid)? ReadUnversioned(byte[] bytes)
    {
        var header = bytes.Length > SecondHeaderBytes && bytes[SecondHeaderBytes] == (byte)'{' ? SecondHeaderBytes
            : bytes.Length > FirstHeaderBytes && bytes[FirstHeaderBytes] == (byte)'{' ? FirstHeaderBytes
            : 0;
        if (header == 0)
        {
            return null;
        }

        var change = header == SecondHeaderBytes ? BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(24)) : 0;
        var e = new ChatEvent(
            BinaryPrimitives.ReadInt64LittleEndian(bytes),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16)),
            bytes[header..])
        { Change = change };
        return (e, new Guid(bytes.AsSpan(header - 16, 16)));
    }
}
