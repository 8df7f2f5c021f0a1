using System.Text;

namespace Agrovet.Regions;

/// <summary>
/// How free text is compared with division names: trimmed, runs of spaces made one, accents dropped, lower case
/// ("  Córdoba " and "CORDOBA" both read "cordoba"). <see cref="FoldSql"/> is the same in PostgreSQL, for migrations.
/// </summary>
public static class RegionNames
{
    // The accented letters of Spanish and Portuguese names, and the letter each one reads as.
    private const string Accented = "ÁÀÂÃÄÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÑÇáàâãäéèêëíìîïóòôõöúùûüñç’";
    private const string Plain = "AAAAAEEEEIIIIOOOOOUUUUNCaaaaaeeeeiiiiooooouuuunc'";

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            var accent = Accented.IndexOf(c, StringComparison.Ordinal);
            folded.Append(char.ToLowerInvariant(accent >= 0 ? Plain[accent] : c));
        }

        return folded.ToString();
    }

    /// <summary>The SQL expression that folds <paramref name="column"/> as <see cref="Fold"/> does (for ASCII and the letters above).</summary>
    public static string FoldSql(string column) =>
        $"lower(translate(regexp_replace(btrim({column}), '\\s+', ' ', 'g'), '{Accented}', '{Plain.Replace("'", "''", StringComparison.Ordinal)}'))";
}
