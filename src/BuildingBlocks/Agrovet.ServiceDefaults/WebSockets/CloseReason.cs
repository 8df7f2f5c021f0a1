using System.Text;

namespace Agrovet.ServiceDefaults.WebSockets;

/// <summary>
/// A WebSocket close reason as every service sends one: at most 123 bytes of UTF-8 (RFC 6455), which a Spanish text
/// with accents reaches before 123 characters; a longer one makes the close throw.
/// </summary>
public static class CloseReason
{
    public const int MaxBytes = 123;

    /// <summary>The reason, cut at a whole character where its UTF-8 would exceed <see cref="MaxBytes"/>.</summary>
    public static string Fit(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxBytes)
        {
            return reason;
        }

        var bytes = 0;
        var end = 0;
        foreach (var rune in reason.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > MaxBytes)
            {
                break;
            }

            end += rune.Utf16SequenceLength;
        }

        return reason[..end];
    }
}
