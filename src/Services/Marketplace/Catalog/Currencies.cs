using System.Collections.Frozen;
using Agrovet.Regions;

namespace Agrovet.Marketplace.Catalog;

/// <summary>The ISO 4217 currencies an ad may be priced in: the Americas' currencies (every currency of the region catalog among them) plus USD and EUR.</summary>
public static class Currencies
{
    public static readonly IReadOnlyList<string> All =
    [
        "USD", "EUR", "MXN", "ARS", "BOB", "BRL", "CLP", "COP", "CRC", "CUP", "DOP", "GTQ", "HNL", "NIO", "PAB", "PEN", "PYG", "UYU", "VES", "CAD",
    ];

    /// <summary>The currency of an ad that names neither a currency nor a region.</summary>
    public const string Default = "USD";

    private static readonly FrozenSet<string> Known = All.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);

    /// <summary>The currency of <paramref name="country"/> when ads may be priced in it, else <see cref="Default"/>.</summary>
    public static string Of(Country country) => IsKnown(country.Currency) ? country.Currency : Default;

    public static string Describe() => Messages.FormatCurrencyChoices(string.Join(", ", All));
}
