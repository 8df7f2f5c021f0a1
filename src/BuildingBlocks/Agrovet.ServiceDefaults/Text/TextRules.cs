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

    public static bool ContainsNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    /// <summary>The first control character of a header value (CR, LF, NUL, U+0001–U+001F but tab, DEL), or null.</summary>
    public static char? ControlInHeader(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if ((c < ' ' && c != '\t') || c == '\u007F')
            {
                return c;
            }
        }

        return null;
    }

    public static string HeaderControlMessage(char control) =>
        SharedMessages.FormatHeaderControl(((int)control).ToString("X4", CultureInfo.InvariantCulture));
}
