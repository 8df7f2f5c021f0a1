using System.Text;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Forum.Communities;

/// <summary>What a community's fields may hold; the slug is derived from the name.</summary>
public static class CommunityRules
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 60;
    public const int SlugMaxLength = 60;
    public const int DescriptionMaxLength = 2000;
    public const int RulesMaxLength = 5000;

    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüñçýÿÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇÝ";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuncyyAAAAAAEEEEIIIIOOOOOUUUUNCY";

    public static string? Name(string? name, ValidationErrors errors)
    {
        if (!errors.Required("name", name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.Length is < NameMinLength or > NameMaxLength)
        {
            errors.Add("name", Messages.FormatCommunityNameLength(NameMinLength, NameMaxLength));
            return null;
        }

        if (!errors.NoBidiControls("name", trimmed))
        {
            return null;
        }

        if (Slug(trimmed).Length < NameMinLength)
        {
            errors.Add("name", Messages.FormatCommunityNameLetters(NameMinLength));
            return null;
        }

        return trimmed;
    }

    public static string Description(string? description, ValidationErrors errors) =>
        Text("description", description, DescriptionMaxLength, errors);

    public static string Rules(string? rules, ValidationErrors errors) =>
        Text("rules", rules, RulesMaxLength, errors);

    /// <summary>
    /// The address of a name: lower-case letters and digits without accents, words joined by '-'
    /// ("Vacas Lecheras Ñuble" → "vacas-lecheras-nuble").
    /// </summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var original in name)
        {
            // The services run with invariant globalization (no Unicode normalization), so accents are folded by table.
            var index = Accented.IndexOf(original, StringComparison.Ordinal);
            var c = index >= 0 ? Plain[index] : original;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return slug.Length > SlugMaxLength ? slug.ToString(0, SlugMaxLength).TrimEnd('-') : slug.ToString();
    }

    private static string Text(string field, string? value, int max, ValidationErrors errors)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        errors.MaxLength(field, trimmed, max);
        return trimmed;
    }
}
