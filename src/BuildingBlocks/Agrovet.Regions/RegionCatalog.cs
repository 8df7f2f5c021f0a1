using System.Collections.Frozen;
using System.Text.Json;

namespace Agrovet.Regions;

/// <summary>
/// The countries and first-level divisions a region may name, read once from the embedded <c>regions.json</c>
/// (ISO 3166-1 alpha-2 countries, ISO 3166-2 division codes and local names, ISO 4217 currencies; see README.md).
/// Services store a division by its code ("CO-COR") and show its name ("Córdoba").
/// </summary>
public static class RegionCatalog
{
    public const int CodeMaxLength = 6;

    /// <summary>The path that serves the catalog; validation messages point people to it.</summary>
    public const string Path = "/api/regions/";

    public static IReadOnlyList<Country> Countries { get; } = Load();

    /// <summary>A strong ETag of the catalog's content: it changes only when regions.json does.</summary>
    public static string ETag { get; } = ComputeETag();

    private static readonly FrozenDictionary<string, Country> CountriesByCode =
        Countries.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Division> DivisionsByCode =
        Countries.SelectMany(c => c.Divisions).ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    // Folded name, alias or code → the divisions it names (a few names, like "Córdoba", exist in more than one country).
    private static readonly FrozenDictionary<string, Division[]> DivisionsByName = Countries
        .SelectMany(c => c.Divisions)
        .SelectMany(d => NamesOf(d).Select(n => (Key: RegionNames.Fold(n), Division: d)))
        .GroupBy(x => x.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Division).Distinct().ToArray(), StringComparer.Ordinal);

    public static Country? FindCountry(string? code) =>
        code is not null && CountriesByCode.TryGetValue(code.Trim(), out var country) ? country : null;

    /// <summary>The division with this ISO 3166-2 code, in any case ("co-cor"); null for anything else.</summary>
    public static Division? FindDivision(string? code) =>
        code is not null && code.Length <= CodeMaxLength + 2 && DivisionsByCode.TryGetValue(code.Trim(), out var division) ? division : null;

    public static Country CountryOf(Division division) => CountriesByCode[division.CountryCode];

    /// <summary>
    /// The division that free text names (its code, its name or an alias, ignoring case and accents), within
    /// <paramref name="countryCode"/> when given; null when it names none, or more than one (an ambiguous name).
    /// </summary>
    public static Division? Match(string? text, string? countryCode = null)
    {
        if (string.IsNullOrWhiteSpace(text) || !DivisionsByName.TryGetValue(RegionNames.Fold(text), out var divisions))
        {
            return null;
        }

        var candidates = countryCode is null
            ? divisions
            : [.. divisions.Where(d => string.Equals(d.CountryCode, countryCode.Trim(), StringComparison.OrdinalIgnoreCase))];
        return candidates.Length == 1 ? candidates[0] : null;
    }

    /// <summary>Every folded name that names exactly one division (within its country when <paramref name="perCountry"/>).</summary>
    public static IEnumerable<(string Key, Division Division)> UnambiguousNames(bool perCountry) =>
        DivisionsByName.SelectMany(entry => perCountry
            ? entry.Value.GroupBy(d => d.CountryCode).Where(g => g.Count() == 1).Select(g => (entry.Key, g.First()))
            : entry.Value.Length == 1 ? [(entry.Key, entry.Value[0])] : []);

    private static IEnumerable<string> NamesOf(Division division) => [division.Code, division.Name, .. division.Aliases ?? []];

    private static List<Country> Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("Agrovet.Regions.regions.json")
            ?? throw new InvalidOperationException("regions.json is not embedded in Agrovet.Regions.");
        var document = JsonSerializer.Deserialize(stream, RegionsJsonContext.Default.RegionsDocument)
            ?? throw new InvalidOperationException("regions.json is empty.");
        return document.Countries;
    }

    private static string ComputeETag()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("Agrovet.Regions.regions.json")!;
        var hash = System.Security.Cryptography.SHA256.HashData(stream);
        return $"\"{Convert.ToHexStringLower(hash)[..16]}\"";
    }
}
