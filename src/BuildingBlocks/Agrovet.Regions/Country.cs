namespace Agrovet.Regions;

/// <summary>
/// A country of the catalog: ISO 3166-1 alpha-2 code, its name in Spanish and English, what its divisions are called
/// (departamento, estado, provincia, región...), its currency (ISO 4217) with the decimals of its minor unit, and its
/// first-level divisions.
/// </summary>
public sealed record Country(
    string Code,
    LocalizedName Name,
    LocalizedName DivisionType,
    string Currency,
    int CurrencyDecimals,
    IReadOnlyList<Division> Divisions);
