namespace Agrovet.ServiceDefaults.Text;

/// <summary>
/// What any text a request carries must respect, whatever the field: no NUL (U+0000), which PostgreSQL cannot store
/// in text and no client has a reason to send; and, for header values, no control characters at all (RFC 9110).
/// </summary>
public static class TextRules
{
    public const string NulMessage =
        "This value contains a NUL character (U+0000, sent as \\u0000 or %00), which text cannot hold. Remove it.";

    public const string InvalidUnicodeMessage =
        "This value is not valid Unicode text (invalid UTF-8 bytes, or an unpaired surrogate such as \\ud800). Send the text as valid UTF-8.";

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
        $"This header contains the control character U+{(int)control:X4}, which header values may not carry. Remove it.";
}
