namespace Agrovet.Regions;

/// <summary>
/// A first-level division of a country: its ISO 3166-2 code ("CO-COR") and its name as written locally ("Córdoba").
/// <see cref="Aliases"/> are other spellings people write, used only to recognise old free text.
/// </summary>
public sealed record Division(string Code, string Name, IReadOnlyList<string>? Aliases = null)
{
    /// <summary>The ISO 3166-1 alpha-2 code of the division's country: the part of its code before the dash.</summary>
    public string CountryCode => Code[..Code.IndexOf('-', StringComparison.Ordinal)];
}
