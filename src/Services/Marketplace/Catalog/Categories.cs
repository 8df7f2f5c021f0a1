using System.Collections.Frozen;

namespace Agrovet.Marketplace.Catalog;

/// <summary>
/// The fixed two-level category tree. An ad belongs to a top-level category ("feed") or to one of its
/// sub-categories ("feed/forage"); filtering by a top-level category includes its sub-categories.
/// </summary>
public static class Categories
{
    public const char Separator = '/';
    public const int MaxLength = 64;

    public static readonly IReadOnlyList<CategoryNode> Tree =
    [
        Top("livestock", "Livestock", ("cattle", "Cattle"), ("poultry", "Poultry"), ("pigs", "Pigs"), ("sheep-goats", "Sheep and goats"), ("horses", "Horses"), ("other", "Other animals")),
        Top("feed", "Feed", ("forage", "Forage and hay"), ("concentrates", "Concentrates"), ("minerals", "Minerals and salts"), ("pet-food", "Pet food")),
        Top("veterinary", "Veterinary", ("medicines", "Medicines"), ("vaccines", "Vaccines"), ("supplements", "Supplements"), ("equipment", "Equipment")),
        Top("seeds", "Seeds", ("cereals", "Cereals"), ("vegetables", "Vegetables"), ("pasture", "Pasture"), ("fruit", "Fruit trees and plants")),
        Top("machinery", "Machinery", ("tractors", "Tractors"), ("implements", "Implements"), ("irrigation", "Irrigation"), ("tools", "Tools")),
        Top("services", "Services", ("consultation", "Consultation"), ("veterinary-visits", "Veterinary visits"), ("transport", "Transport"), ("training", "Training")),
    ];

    private static readonly FrozenSet<string> Known = Tree
        .SelectMany(t => t.Children.Select(c => c.Slug).Prepend(t.Slug))
        .ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<string> All => Known;

    public static bool IsKnown(string? slug) => slug is not null && Known.Contains(slug);

    public static bool IsTopLevel(string slug) => !slug.Contains(Separator, StringComparison.Ordinal);

    /// <summary>"livestock/cattle" → "livestock"; the same expression the database computes for <c>category_root</c>.</summary>
    public static string RootOf(string slug) => slug.Split(Separator, 2)[0];

    public static string Describe() => Messages.FormatCategoryChoices(string.Join(", ", Tree.Select(t => t.Slug)));

    private static CategoryNode Top(string slug, string name, params (string Slug, string Name)[] children) =>
        new(slug, name, [.. children.Select(c => new CategoryNode($"{slug}{Separator}{c.Slug}", c.Name, []))]);
}
