using Agrovet.Regions;
using Agrovet.ServiceDefaults.Localization;

namespace Agrovet.Marketplace.Regions;

/// <summary>A country of the region catalog with the names of one language (its divisions keep their local names).</summary>
public sealed record RegionCountryResponse(
    string Code, string Name, string DivisionType, string Currency, int CurrencyDecimals, IReadOnlyList<RegionDivisionResponse> Divisions)
{
    public static readonly IReadOnlyList<RegionCountryResponse> Spanish = In(AgrovetCultures.Spanish);

    public static readonly IReadOnlyList<RegionCountryResponse> English = In(AgrovetCultures.English);

    private static List<RegionCountryResponse> In(System.Globalization.CultureInfo culture) =>
    [
        .. RegionCatalog.Countries
            .Select(c => new RegionCountryResponse(
                c.Code, c.Name.In(culture), c.DivisionType.In(culture), c.Currency, c.CurrencyDecimals,
                [.. c.Divisions.Select(d => new RegionDivisionResponse(d.Code, d.Name)).OrderBy(d => RegionNames.Fold(d.Name), StringComparer.Ordinal)]))
            .OrderBy(c => RegionNames.Fold(c.Name), StringComparer.Ordinal),
    ];
}
