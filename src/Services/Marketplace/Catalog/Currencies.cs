using System.Collections.Frozen;

namespace Agrovet.Marketplace.Catalog;

/// <summary>The ISO 4217 currencies an ad may be priced in: the Americas' currencies plus USD and EUR.</summary>
public static class Currencies
{
    public static readonly IReadOnlyList<string> All =
    [
        "USD", "EUR", "MXN", "ARS", "BOB", "BRL", "CLP", "COP", "CRC", "DOP", "GTQ", "HNL", "NIO", "PAB", "PEN", "PYG", "UYU", "CAD",
    ];

    private static readonly FrozenSet<string> Known = All.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);

    public static string Describe() => Messages.FormatCurrencyChoices(string.Join(", ", All));
}
