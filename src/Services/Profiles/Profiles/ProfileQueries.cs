using System.Linq.Expressions;
using Agrovet.Regions;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Profiles;

/// <summary>The list filters (<c>?specialty=&amp;region=&amp;regions_served=&amp;q=</c>) and <c>?ordering=</c>.</summary>
public static class ProfileQueries
{
    public static readonly IReadOnlyList<string> OrderingFields = ["display_name", "created_at", "updated_at"];

    public static IQueryable<Profile> Filter(
        IQueryable<Profile> profiles, string? specialty, string? region, string? regionsServed, string? q, long? user, ValidationErrors errors)
    {
        if (user is { } userId)
        {
            profiles = profiles.Where(p => p.UserId == userId);
        }

        if (!string.IsNullOrWhiteSpace(specialty))
        {
            errors.MaxLength("specialty", specialty, ProfileRules.NameMax);
            var exact = Escape(specialty.Trim());
            profiles = profiles.Where(p => p.Specialty != null && EF.Functions.ILike(p.Specialty, exact, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            if (RegionCatalog.FindDivision(region) is { } division)
            {
                profiles = profiles.Where(p => p.RegionCode == division.Code);
            }
            else if (RegionCatalog.FindCountry(region) is { } country)
            {
                var prefix = country.Code + "-";
                profiles = profiles.Where(p => p.RegionCode != null && p.RegionCode.StartsWith(prefix));
            }
            else
            {
                errors.Add("region", Messages.FormatUnknownRegionFilter(RegionCatalog.Path));
            }
        }

        if (!string.IsNullOrWhiteSpace(regionsServed))
        {
            if (RegionCatalog.FindDivision(regionsServed) is { } served)
            {
                profiles = profiles.Where(p => p.RegionsServed.Contains(served.Code));
            }
            else
            {
                errors.Add("regions_served", Messages.FormatUnknownRegion(RegionCatalog.Path));
            }
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            errors.MaxLength("q", q, ProfileRules.NameMax);
            var contains = $"%{Escape(q.Trim())}%";
            profiles = profiles.Where(p => EF.Functions.ILike(p.DisplayName, contains, "\\")
                || EF.Functions.ILike(p.Bio, contains, "\\")
                || (p.Company != null && EF.Functions.ILike(p.Company, contains, "\\")));
        }

        return profiles;
    }

    /// <summary>Newest first unless <c>?ordering=display_name,-created_at</c> says otherwise; ties broken by id.</summary>
    public static IQueryable<Profile> Order(IQueryable<Profile> profiles, string? ordering, ValidationErrors errors)
    {
        IOrderedQueryable<Profile>? ordered = null;
        var terms = string.IsNullOrWhiteSpace(ordering) ? ["-created_at"] : ordering.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var term in terms)
        {
            var descending = term.StartsWith('-');
            var field = descending ? term[1..] : term;
            ordered = field switch
            {
                "display_name" => By(profiles, ordered, p => p.DisplayName, descending),
                "created_at" => By(profiles, ordered, p => p.CreatedAt, descending),
                "updated_at" => By(profiles, ordered, p => p.UpdatedAt, descending),
                _ => Unknown(field, ordered, errors),
            };
        }

        return ordered is null ? profiles.OrderByDescending(p => p.Id) : ordered.ThenByDescending(p => p.Id);
    }

    /// <summary>Makes user text literal in a LIKE pattern.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static IOrderedQueryable<Profile> By<TKey>(IQueryable<Profile> profiles, IOrderedQueryable<Profile>? ordered, Expression<Func<Profile, TKey>> key, bool descending) =>
        (ordered, descending) switch
        {
            (null, false) => profiles.OrderBy(key),
            (null, true) => profiles.OrderByDescending(key),
            (_, false) => ordered.ThenBy(key),
            (_, true) => ordered.ThenByDescending(key),
        };

    private static IOrderedQueryable<Profile>? Unknown(string field, IOrderedQueryable<Profile>? ordered, ValidationErrors errors)
    {
        errors.Add("ordering", Messages.FormatCannotOrderBy(field, string.Join(", ", OrderingFields)));
        return ordered;
    }
}
