using System.Globalization;
using System.Text;

namespace Agrovet.Compute.Export;

/// <summary>
/// Finds where a region named in free text is ("Córdoba", "cordoba, Colombia", "Santa Cruz - Bolivia", "CABA"), from the
/// bundled table of Latin American regions (RegionCentroids.csv). Names are compared without case, accents or
/// punctuation; a name several countries use is settled by the country named after it, else by the sale's currency,
/// else goes to the first in the table (the larger farming region).
/// </summary>
public static class RegionCentroids
{
    private static readonly Lazy<Dictionary<string, List<RegionPlace>>> ByName = new(Load);

    public static int Count => ByName.Value.Values.SelectMany(places => places).Distinct().Count();

    public static RegionPlace? Find(string? region, string? currency = null)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return null;
        }
        var parts = region.Split([',', ';', '/', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize).Where(part => part.Length > 0).ToList();
        var whole = Normalize(region);
        var names = ByName.Value;
        var candidates = names.GetValueOrDefault(whole) ?? (parts.Count > 0 ? names.GetValueOrDefault(parts[0]) : null);
        if (candidates is null)
        {
            // Only the country matched ("Córdoba, Argentina" with a misspelt province still lands in Argentina).
            return parts.Skip(1).Select(part => names.GetValueOrDefault(part)?.FirstOrDefault(place => place.IsCountry)).FirstOrDefault(place => place is not null);
        }
        var countries = parts.Skip(1)
            .SelectMany(part => names.GetValueOrDefault(part) ?? [])
            .Where(place => place.IsCountry)
            .Select(place => place.Country)
            .ToHashSet(StringComparer.Ordinal);
        return candidates.FirstOrDefault(place => countries.Contains(place.Country))
            ?? candidates.FirstOrDefault(place => string.Equals(place.Currency, currency, StringComparison.OrdinalIgnoreCase))
            ?? candidates[0];
    }

    /// <summary>Lower case, no accents, letters and digits separated by single spaces ("Bío  Bío." → "bio bio").</summary>
    public static string Normalize(string text)
    {
        var output = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var plain = c switch
            {
                'á' or 'à' or 'â' or 'ã' or 'ä' => 'a',
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'í' or 'ì' or 'î' or 'ï' => 'i',
                'ó' or 'ò' or 'ô' or 'õ' or 'ö' => 'o',
                'ú' or 'ù' or 'û' or 'ü' => 'u',
                'ñ' => 'n',
                'ç' => 'c',
                _ => c,
            };
            if (char.IsLetterOrDigit(plain))
            {
                if (space && output.Length > 0)
                {
                    output.Append(' ');
                }
                output.Append(plain);
                space = false;
            }
            else if (plain != '\'' && plain != '.')
            {
                space = true;
            }
        }
        return output.ToString();
    }

    private static Dictionary<string, List<RegionPlace>> Load()
    {
        using var stream = typeof(RegionCentroids).Assembly.GetManifestResourceStream("Agrovet.Compute.Export.RegionCentroids.csv")
            ?? throw new InvalidOperationException("RegionCentroids.csv is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var byName = new Dictionary<string, List<RegionPlace>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split(',');
            var names = fields[2].Split('|');
            var place = new RegionPlace(fields[0], fields[1], names[0],
                double.Parse(fields[3], CultureInfo.InvariantCulture), double.Parse(fields[4], CultureInfo.InvariantCulture),
                IsCountry: false);
            var isCountry = CountryNames.Contains(Normalize(names[0]));
            place = place with { IsCountry = isCountry };
            foreach (var name in names)
            {
                var key = Normalize(name);
                if (!byName.TryGetValue(key, out var places))
                {
                    byName[key] = places = [];
                }
                places.Add(place);
            }
        }
        return byName;
    }

    private static readonly HashSet<string> CountryNames = new(StringComparer.Ordinal)
    {
        "argentina", "bolivia", "brasil", "chile", "colombia", "ecuador", "mexico", "paraguay", "peru", "uruguay", "venezuela",
        "guatemala", "belice", "honduras", "el salvador", "nicaragua", "costa rica", "panama", "cuba", "republica dominicana",
        "haiti", "puerto rico", "jamaica", "guyana", "surinam",
    };
}
