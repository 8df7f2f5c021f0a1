using System.Globalization;

namespace Agrovet.ServiceDefaults.Localization;

/// <summary>
/// The languages the services answer in: Spanish (neutral Latin American) and English. A request without an
/// <c>Accept-Language</c> the platform speaks gets Spanish, the product's first language, as the web app does.
/// </summary>
/// <remarks>
/// The processes run with invariant globalization, and <c>PredefinedCulturesOnly=false</c> (Directory.Build.props)
/// lets them still name "es" and "en": enough to pick the .resx satellite, while numbers and dates keep their
/// invariant formats.
/// </remarks>
public static class AgrovetCultures
{
    public static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The language of an answer to a request that names none the platform speaks.</summary>
    public static readonly CultureInfo Default = Spanish;

    public static IReadOnlyList<CultureInfo> Supported { get; } = [Spanish, English];

    /// <summary>
    /// The language to answer an <c>Accept-Language</c> header in: its most preferred es-* or en-* tag (by q, then
    /// order), mapped to es or en; <see cref="Default"/> when it names neither, or is missing or malformed.
    /// </summary>
    public static CultureInfo FromAcceptLanguage(string? header) => Match(header) ?? Default;

    /// <summary>The es or en an <c>Accept-Language</c> header prefers, or null when it names neither.</summary>
    /// <remarks>
    /// Read in place, without allocating (it runs on every request): entries are "tag" or "tag;q=0.8"; an entry whose
    /// tag or quality cannot be read counts as not naming a language.
    /// </remarks>
    public static CultureInfo? Match(ReadOnlySpan<char> header)
    {
        CultureInfo? best = null;
        var bestQuality = 0.0;
        foreach (var range in header.Split(','))
        {
            var entry = header[range];
            var semicolon = entry.IndexOf(';');
            var tag = (semicolon < 0 ? entry : entry[..semicolon]).Trim();
            if (Of(tag) is not { } culture || QualityOf(semicolon < 0 ? [] : entry[(semicolon + 1)..]) is not { } quality)
            {
                continue;
            }

            if (quality > bestQuality)
            {
                best = culture;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <inheritdoc cref="Match(ReadOnlySpan{char})"/>
    public static CultureInfo? Match(string? header) => Match(header.AsSpan());

    /// <summary>
    /// A whole number grouped as the request's language writes it ("1.048.576" in Spanish, "1,048,576" in English), for
    /// messages: with invariant globalization the cultures carry no number formats of their own.
    /// </summary>
    public static string Number(long value) =>
        value.ToString("N0", IsSpanish(CultureInfo.CurrentUICulture) ? SpanishNumbers : NumberFormatInfo.InvariantInfo);

    private static readonly NumberFormatInfo SpanishNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    private static bool IsSpanish(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "es" || culture.Name.StartsWith("es", StringComparison.OrdinalIgnoreCase);

    /// <summary>The q of an entry's parameters ("q=0.8"; 1 without one), or null when it is not a number from 0 to 1.</summary>
    private static double? QualityOf(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.Length >= 2 && (parameter[0] | 0x20) == 'q' && parameter[1] == '=')
            {
                return double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) && q <= 1
                    ? q
                    : null;
            }
        }

        return 1.0;
    }

    private static CultureInfo? Of(ReadOnlySpan<char> tag)
    {
        var primary = tag;
        var dash = primary.IndexOf('-');
        if (dash >= 0)
        {
            primary = primary[..dash];
        }

        return primary.Equals("es", StringComparison.OrdinalIgnoreCase) ? Spanish
            : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? English
            : null;
    }
}
