using System.Globalization;
using Microsoft.Net.Http.Headers;

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
    public static CultureInfo? Match(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)
            || !StringWithQualityHeaderValue.TryParseList(header.Split(','), out var languages))
        {
            return null;
        }

        CultureInfo? best = null;
        var bestQuality = 0.0;
        foreach (var language in languages)
        {
            var quality = language.Quality ?? 1.0;
            if (quality > bestQuality && Of(language.Value.Value) is { } culture)
            {
                best = culture;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>
    /// A whole number grouped as the request's language writes it ("1.048.576" in Spanish, "1,048,576" in English), for
    /// messages: with invariant globalization the cultures carry no number formats of their own.
    /// </summary>
    public static string Number(long value) =>
        value.ToString("N0", IsSpanish(CultureInfo.CurrentUICulture) ? SpanishNumbers : NumberFormatInfo.InvariantInfo);

    private static readonly NumberFormatInfo SpanishNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    private static bool IsSpanish(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "es" || culture.Name.StartsWith("es", StringComparison.OrdinalIgnoreCase);

    private static CultureInfo? Of(string? tag)
    {
        var primary = tag.AsSpan();
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
