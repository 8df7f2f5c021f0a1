using System.Globalization;

namespace Agrovet.Regions;

/// <summary>A name in Spanish and in English.</summary>
public sealed record LocalizedName(string Es, string En)
{
    /// <summary>The English name for an English culture; the Spanish one otherwise (the platform's first language).</summary>
    public string In(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? En : Es;
}
