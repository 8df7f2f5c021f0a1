using System.Buffers.Text;
using System.Diagnostics;

namespace Agrovet.Bench.Chat;

/// <summary>The bench's message frame, <c>{"type":"message","body":"t&lt;ticks&gt;"}</c>, stamped with its send time.</summary>
internal static class StampedMessage
{
    /// <summary>Room for a frame: the text around the stamp and a 64-bit stamp's digits.</summary>
    public const int MaxLength = 64;

    private static ReadOnlySpan<byte> Start => "{\"type\":\"message\",\"body\":\"t"u8;

    /// <summary>Writes a frame stamped now into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes); returns its length.</summary>
    public static int Write(Span<byte> destination)
    {
        Start.CopyTo(destination);
        Utf8Formatter.TryFormat(Stopwatch.GetTimestamp(), destination[Start.Length..], out var digits);
        var length = Start.Length + digits;
        "\"}"u8.CopyTo(destination[length..]);
        return length + 2;
    }

    /// <summary>The send time of a message frame as the chat delivers it (<c>{"type":"message",...,"body":"t&lt;ticks&gt;",...}</c>); false for any other frame.</summary>
    public static bool TryReadSentAt(ReadOnlySpan<byte> frame, out long sentAt)
    {
        sentAt = 0;
        var at = frame.IndexOf("\"body\":\"t"u8);
        if (at < 0 || !frame.StartsWith("{\"type\":\"message\""u8))
        {
            return false;
        }

        var digits = frame[(at + 9)..];
        var end = digits.IndexOf((byte)'"');
        return end > 0 && Utf8Parser.TryParse(digits[..end], out sentAt, out _);
    }
}
