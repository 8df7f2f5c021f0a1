using System.Globalization;

namespace Agrovet.Regions;

/// <summary>A name in Spanish and in English.</summary>
public sealed record LocalizedName(string Es, string En)
{
    /// <summary>The English name for an English culture; the Spanish one otherwise (the platform's first language).</summary>
    public string In(CultureInfo culture) => IsEnglish(culture) ? En : Es;

    // By name: with invariant globalization a culture carries no language data of its own.
    public static bool IsEnglish(CultureInfo culture) => culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
