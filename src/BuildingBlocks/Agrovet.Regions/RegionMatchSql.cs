using System.Text;

namespace Agrovet.Regions;

/// <summary>
/// SQL for migrations that turn stored free-text regions into division codes: a value becomes the code of the one
/// division whose code, name or alias it is, ignoring case and accents (<see cref="RegionNames"/>); a value that names
/// none, or a name several countries share without a country to tell them apart ("Córdoba"), is left unmapped.
/// </summary>
public static class RegionMatchSql
{
    /// <summary>
    /// <c>UPDATE table SET codeColumn = code</c> where <paramref name="textColumn"/> names one division (within the row's
    /// <paramref name="countryColumn"/> when given); other rows keep a null code.
    /// </summary>
    public static string SetCodes(string table, string textColumn, string codeColumn, string? countryColumn = null)
    {
        var perCountry = countryColumn is not null;
        var countryCondition = perCountry ? $" AND upper(t.{countryColumn}) = m.country" : string.Empty;
        return $"""
            UPDATE {table} AS t SET {codeColumn} = m.code
            FROM ({Values(perCountry)}) AS m(key, code, country)
            WHERE m.key = {RegionNames.FoldSql("t." + textColumn)}{countryCondition};
            """;
    }

    /// <summary>Replaces each entry of the text array <paramref name="arrayColumn"/> that names one division by its code; others stay.</summary>
    public static string ReplaceInArray(string table, string arrayColumn) => $"""
        UPDATE {table} AS t SET {arrayColumn} = ARRAY(
            SELECT coalesce(m.code, u.entry)
            FROM unnest(t.{arrayColumn}) WITH ORDINALITY AS u(entry, position)
            LEFT JOIN ({Values(perCountry: false)}) AS m(key, code, country) ON m.key = {RegionNames.FoldSql("u.entry")}
            ORDER BY u.position)
        WHERE cardinality(t.{arrayColumn}) > 0;
        """;

    /// <summary><c>UPDATE table SET nameColumn</c> to the local name of the division <paramref name="codeColumn"/> holds, where it holds one.</summary>
    public static string SetNames(string table, string codeColumn, string nameColumn)
    {
        var values = string.Join(", ", RegionCatalog.Countries.SelectMany(c => c.Divisions).Select(d => $"({Literal(d.Code)}, {Literal(d.Name)})"));
        return $"""
            UPDATE {table} AS t SET {nameColumn} = m.name
            FROM (VALUES {values}) AS m(code, name)
            WHERE t.{codeColumn} = m.code;
            """;
    }

    private static string Values(bool perCountry)
    {
        var values = new StringBuilder("VALUES ");
        var first = true;
        foreach (var (key, division) in RegionCatalog.UnambiguousNames(perCountry).OrderBy(x => x.Division.Code, StringComparer.Ordinal).ThenBy(x => x.Key, StringComparer.Ordinal))
        {
            values.Append(first ? string.Empty : ", ")
                .Append('(').Append(Literal(key)).Append(", ").Append(Literal(division.Code)).Append(", ").Append(Literal(division.CountryCode)).Append(')');
            first = false;
        }

        return values.ToString();
    }

    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
