using System.Buffers;
using System.Globalization;
using Agrovet.ServiceDefaults.Localization;

namespace Agrovet.ServiceDefaults.Text;

/// <summary>
/// What any text a request carries must respect, whatever the field: no NUL (U+0000), which PostgreSQL cannot store
/// in text and no client has a reason to send; and, for header values, no control characters at all (RFC 9110).
/// </summary>
public static class TextRules
{
    /// <summary>Why a value with a NUL is refused and how to fix it, in the request's language.</summary>
    public static string NulMessage => SharedMessages.NulInValue;

    /// <summary>Why a value that is not valid Unicode is refused and how to fix it, in the request's language.</summary>
    public static string InvalidUnicodeMessage => SharedMessages.InvalidUnicode;

    // Every C0 control but tab, and DEL: what a header value may not carry.
    private static readonly SearchValues<char> HeaderControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    public static bool ContainsNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    /// <summary>The first control character of a header value (CR, LF, NUL, U+0001–U+001F but tab, DEL), or null.</summary>
    public static char? ControlInHeader(ReadOnlySpan<char> value)
    {
        var at = value.IndexOfAny(HeaderControls);
        return at < 0 ? null : value[at];
    }

    public static string HeaderControlMessage(char control) =>
        SharedMessages.FormatHeaderControl(((int)control).ToString("X4", CultureInfo.InvariantCulture));
}
