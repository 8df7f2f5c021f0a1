using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Search;

/// <summary>
/// <c>?sort=relevance|newest|oldest|price|-price</c> (also read from DRF-style <c>?ordering=-created_at|created_at|price|-price</c>).
/// Relevance is the default with <c>?q=</c>, newest without it (where relevance means nothing and falls back to newest).
/// </summary>
public enum AdSort
{
    Relevance,
    Newest,
    Oldest,
    PriceAscending,
    PriceDescending,
}

public static class AdSorts
{
    public const string Values = "relevance, newest, oldest, price, -price";

    public static AdSort Parse(string? sort, string? ordering, bool hasQuery, ValidationErrors errors)
    {
        var field = string.IsNullOrWhiteSpace(sort) ? "ordering" : "sort";
        var value = (string.IsNullOrWhiteSpace(sort) ? ordering : sort)?.Trim();
        AdSort? parsed = value switch
        {
            null or "" => hasQuery ? AdSort.Relevance : AdSort.Newest,
            "relevance" or "rank" => hasQuery ? AdSort.Relevance : AdSort.Newest,
            "newest" or "-created_at" => AdSort.Newest,
            "oldest" or "created_at" => AdSort.Oldest,
            "price" => AdSort.PriceAscending,
            "-price" => AdSort.PriceDescending,
            _ => null,
        };
        if (parsed is null)
        {
            errors.Add(field, Messages.FormatCannotSortBy(value, Values));
            return AdSort.Newest;
        }

        return parsed.Value;
    }
}
