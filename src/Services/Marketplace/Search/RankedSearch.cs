using System.Text;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Catalog;
using Agrovet.Marketplace.Data;
using Agrovet.ServiceDefaults.Pagination;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Marketplace.Search;

/// <summary>
/// A search sorted by relevance. The matches (GIN) are ranked once into a materialized CTE that gives both the exact
/// count and the best ids; <see cref="RankedMatchesCache"/> keeps those for the next pages and the next identical
/// searches, and only the page's rows are read in full, fresh. Pages past the cached ids (and every page when the cache
/// is off) take one query that ranks, counts and reads the page. The filters are the same as
/// <see cref="AdSearch.Filter"/>'s (the search tests run both).
/// </summary>
public static class RankedSearch
{
    // Parsed once per statement in its own CTE: inlined, a prepared (generic) plan would parse it again for every row.
    private const string TextQuery =
        $"text_query AS MATERIALIZED (SELECT websearch_to_tsquery('{TextSearch.Spanish}', @query) || websearch_to_tsquery('{TextSearch.English}', @query) AS q)";

    private static readonly Func<MarketplaceDbContext, long[], IAsyncEnumerable<AdResponse>> LoadAds =
        EF.CompileAsyncQuery((MarketplaceDbContext db, long[] ids) => db.Ads.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(AdResponse.Projection));

    public static async Task<(long Count, List<AdResponse> Results)> RunAsync(
        MarketplaceDbContext db, RankedMatchesCache cache, AdFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var offset = page.Offset;
        if (!cache.IsEnabled || offset + page.PageSize > cache.TopIds)
        {
            return await RankPageAsync(db, filter, page, cancellationToken);
        }

        var key = RankedMatchesCache.Key(filter);
        if (!cache.TryGet(key, out var matches))
        {
            var generation = cache.Generation;
            matches = await RankAsync(db, filter, cache.TopIds, cancellationToken);
            cache.Set(key, matches, generation);
        }

        if (offset >= matches.TopIds.Length)
        {
            return (matches.Count, []);
        }

        var ids = matches.TopIds.AsSpan((int)offset, Math.Min(page.PageSize, matches.TopIds.Length - (int)offset)).ToArray();
        var byId = new Dictionary<long, AdResponse>(ids.Length);
        await foreach (var ad in LoadAds(db, ids).WithCancellation(cancellationToken))
        {
            byId[ad.Id] = ad;
        }

        var results = new List<AdResponse>(ids.Length);
        foreach (var id in ids)
        {
            if (byId.TryGetValue(id, out var ad))
            {
                results.Add(ad);
            }
        }

        return (matches.Count, results);
    }

    /// <summary>The exact count and the best <paramref name="top"/> ids, in one statement.</summary>
    private static async Task<RankedMatches> RankAsync(MarketplaceDbContext db, AdFilter filter, int top, CancellationToken cancellationToken)
    {
        var (where, parameters) = Conditions(filter);
        parameters.Add(new NpgsqlParameter("top", top));
        var sql = $"""
            WITH {TextQuery},
            matches AS MATERIALIZED (
                SELECT a.id, ts_rank(a.search_vector, text_query.q) AS rank
                FROM text_query, adds AS a
                WHERE {where})
            SELECT (SELECT count(*) FROM matches) AS total, id
            FROM matches
            ORDER BY rank DESC, id DESC
            LIMIT @top
            """;
        var rows = await db.Database.SqlQueryRaw<RankedIdRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
        return new RankedMatches(rows.Count > 0 ? rows[0].Total : 0, [.. rows.Select(r => r.Id)]);
    }

    /// <summary>Ranks, counts and reads one page in a single statement (deep pages, or the cache off).</summary>
    private static async Task<(long Count, List<AdResponse> Results)> RankPageAsync(
        MarketplaceDbContext db, AdFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var (where, parameters) = Conditions(filter);
        parameters.Add(new NpgsqlParameter("limit", page.PageSize));
        parameters.Add(new NpgsqlParameter("offset", page.Offset));
        var sql = $"""
            WITH {TextQuery},
            matches AS MATERIALIZED (
                SELECT a.id, ts_rank(a.search_vector, text_query.q) AS rank
                FROM text_query, adds AS a
                WHERE {where}),
            page AS (
                SELECT id, rank FROM matches ORDER BY rank DESC, id DESC LIMIT @limit OFFSET @offset)
            SELECT (SELECT count(*) FROM matches) AS total, a.id, a.title, a.description, a.price, a.currency, a.stock,
                   a.category, a.region, a.region_code, a.media_ids, a.status, a.seller_id, a.seller_username, a.created_at, a.updated_at
            FROM page
            JOIN adds AS a ON a.id = page.id
            ORDER BY page.rank DESC, page.id DESC
            """;
        var rows = await db.Database.SqlQueryRaw<RankedAdRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
        var count = rows.Count > 0
            ? rows[0].Total
            : page.Page == 1 ? 0 : await AdSearch.Filter(db.Ads.AsNoTracking(), filter).LongCountAsync(cancellationToken);
        return (count, [.. rows.Select(r => new AdResponse(
            r.Id, r.Title, r.Description, r.Price, r.Currency, r.Stock, r.Category, r.RegionCode ?? r.Region, r.Region, r.MediaIds, r.Status,
            new UserRef(r.SellerId, r.SellerUsername), r.CreatedAt, r.UpdatedAt))]);
    }

    private static (string Where, List<NpgsqlParameter> Parameters) Conditions(AdFilter filter)
    {
        var where = new StringBuilder("a.search_vector @@ text_query.q");
        var parameters = new List<NpgsqlParameter> { new("query", filter.Query) };
        void Add(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add(new NpgsqlParameter(name, value));
        }

        if (!filter.AllStatuses)
        {
            where.Append(" AND a.listed");
        }

        if (filter.SellerId is { } sellerId)
        {
            Add("a.seller_id = @seller", "seller", sellerId);
        }

        if (filter.Status is { } status)
        {
            Add("a.status = @status", "status", status);
        }

        if (filter.Category is { } category)
        {
            Add(Categories.IsTopLevel(category) ? "a.category_root = @category" : "a.category = @category", "category", category);
        }

        if (filter.Region is { } region)
        {
            if (filter.RegionIsCountry)
            {
                Add("a.region_code LIKE @region", "region", region + "-%");
            }
            else
            {
                Add("a.region_code = @region", "region", region);
            }
        }

        if (filter.MinPrice is { } min)
        {
            Add("a.price >= @min_price", "min_price", min);
        }

        if (filter.MaxPrice is { } max)
        {
            Add("a.price <= @max_price", "max_price", max);
        }

        if (filter.InStock)
        {
            Add("a.status = @in_stock", "in_stock", AdStatus.Active);
        }

        return (where.ToString(), parameters);
    }
}
