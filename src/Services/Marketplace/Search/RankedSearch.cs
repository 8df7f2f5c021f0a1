using System.Text;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Catalog;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Paging;
using Agrovet.ServiceDefaults.Pagination;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Marketplace.Search;

/// <summary>
/// A search sorted by relevance in one pass: the matches (GIN) are ranked once into a materialized CTE that gives both
/// the exact count and the page's ids, then only the page's rows are read in full. A count query plus a page query
/// would read every matching row twice; this halves the database time of the most expensive listing. The filters
/// are the same as <see cref="AdSearch.Filter"/>'s (the search tests run both).
/// </summary>
public static class RankedSearch
{
    private const string Query =
        $"(websearch_to_tsquery('{TextSearch.Spanish}', @query) || websearch_to_tsquery('{TextSearch.English}', @query))";

    public static async Task<(long Count, List<AdResponse> Results)> RunAsync(
        MarketplaceDbContext db, AdFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var (where, parameters) = Conditions(filter);
        parameters.Add(new NpgsqlParameter("limit", page.PageSize));
        parameters.Add(new NpgsqlParameter("offset", page.Offset()));
        var sql = $"""
            WITH matches AS MATERIALIZED (
                SELECT a.id, ts_rank(a.search_vector, {Query}) AS rank
                FROM adds AS a
                WHERE {where}),
            page AS (
                SELECT id, rank FROM matches ORDER BY rank DESC, id DESC LIMIT @limit OFFSET @offset)
            SELECT (SELECT count(*) FROM matches) AS total, a.id, a.title, a.description, a.price, a.currency, a.stock,
                   a.category, a.region, a.media_ids, a.status, a.seller_id, a.seller_username, a.created_at, a.updated_at
            FROM page
            JOIN adds AS a ON a.id = page.id
            ORDER BY page.rank DESC, page.id DESC
            """;
        var rows = await db.Database.SqlQueryRaw<RankedAdRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
        var count = rows.Count > 0
            ? rows[0].Total
            : page.Page == 1 ? 0 : await AdSearch.Filter(db.Ads.AsNoTracking(), filter).LongCountAsync(cancellationToken);
        return (count, [.. rows.Select(r => new AdResponse(
            r.Id, r.Title, r.Description, r.Price, r.Currency, r.Stock, r.Category, r.Region, r.MediaIds, r.Status,
            new UserRef(r.SellerId, r.SellerUsername), r.CreatedAt, r.UpdatedAt))]);
    }

    private static (string Where, List<NpgsqlParameter> Parameters) Conditions(AdFilter filter)
    {
        var where = new StringBuilder($"a.search_vector @@ {Query}");
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

        if (filter.RegionKey is { } region)
        {
            Add("a.region_key = @region", "region", region);
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
