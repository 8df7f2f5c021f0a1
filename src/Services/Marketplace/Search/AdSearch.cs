using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Search;

/// <summary>
/// Turns an <see cref="AdFilter"/> into SQL. Each public shape is served by a partial index <c>WHERE listed</c>
/// (see <see cref="AdConfiguration"/>); the text query is <c>websearch_to_tsquery</c> in Spanish OR English against
/// the GIN-indexed <c>search_vector</c>, ranked with <c>ts_rank</c>.
/// </summary>
public static class AdSearch
{
    public static IQueryable<Ad> Filter(IQueryable<Ad> ads, AdFilter filter)
    {
        if (!filter.AllStatuses)
        {
            ads = ads.Where(a => a.Listed);
        }

        if (filter.SellerId is { } sellerId)
        {
            ads = ads.Where(a => a.SellerId == sellerId);
        }

        if (filter.Status is { } status)
        {
            ads = ads.Where(a => a.Status == status);
        }

        if (filter.Query is { } q)
        {
            ads = ads.Where(a => a.SearchVector.Matches(
                EF.Functions.WebSearchToTsQuery(TextSearch.Spanish, q).Or(EF.Functions.WebSearchToTsQuery(TextSearch.English, q))));
        }

        if (filter.Category is { } category)
        {
            ads = Categories.IsTopLevel(category)
                ? ads.Where(a => a.CategoryRoot == category)
                : ads.Where(a => a.Category == category);
        }

        if (filter.Region is { } region)
        {
            var countryPrefix = region + "-";
            ads = filter.RegionIsCountry
                ? ads.Where(a => a.RegionCode!.StartsWith(countryPrefix))
                : ads.Where(a => a.RegionCode == region);
        }

        if (filter.MinPrice is { } min)
        {
            ads = ads.Where(a => a.Price >= min);
        }

        if (filter.MaxPrice is { } max)
        {
            ads = ads.Where(a => a.Price <= max);
        }

        if (filter.InStock)
        {
            // Buyable: an active ad has stock by definition. Filtering on status rather than stock keeps stock out of
            // every index, so a purchase (which changes only stock) is a HOT update that writes no index entries.
            ads = ads.Where(a => a.Status == AdStatus.Active);
        }

        return ads;
    }

    /// <summary>Ties are broken by id, so pages never overlap or skip.</summary>
    public static IOrderedQueryable<Ad> Sort(IQueryable<Ad> ads, AdFilter filter) => filter.Sort switch
    {
        AdSort.Relevance when filter.Query is { } q => ads
            .OrderByDescending(a => a.SearchVector.Rank(
                EF.Functions.WebSearchToTsQuery(TextSearch.Spanish, q).Or(EF.Functions.WebSearchToTsQuery(TextSearch.English, q))))
            .ThenByDescending(a => a.Id),
        AdSort.Oldest => ads.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id),
        AdSort.PriceAscending => ads.OrderBy(a => a.Price).ThenBy(a => a.Id),
        AdSort.PriceDescending => ads.OrderByDescending(a => a.Price).ThenByDescending(a => a.Id),
        _ => ads.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id),
    };
}
