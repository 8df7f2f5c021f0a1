using System.Buffers;
using System.Globalization;
using Agrovet.ServiceDefaults.Localization;

namespace Agrovet.ServiceDefaults.Text;

/// <summary>
/// The Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). They are
/// invisible and reorder what follows them, so a name holding one can display as something it is not
/// ("invoice" + U+202E + "fdp.exe" shows as "invoiceexe.pdf"). Names people see (usernames, display names, file names) refuse them.
/// </summary>
public static class BidiControls
{
    private static readonly SearchValues<char> Controls =
        SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>Where the first control is in <paramref name="value"/>, or -1 when there is none.</summary>
    public static int IndexIn(string? value) => value is null ? -1 : value.AsSpan().IndexOfAny(Controls);

    /// <summary>What is wrong with <paramref name="value"/> and how to fix it (in the request's language), or null when it holds no control.</summary>
    public static string? Problem(string? value)
    {
        var index = IndexIn(value);
        if (index < 0)
        {
            return null;
        }

        var control = value![index];
        return SharedMessages.FormatBidiControl(((int)control).ToString("X4", CultureInfo.InvariantCulture), NameOf(control), index + 1);
    }

    private static string NameOf(char control) => control switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        _ => "POP DIRECTIONAL ISOLATE",
    };
}
