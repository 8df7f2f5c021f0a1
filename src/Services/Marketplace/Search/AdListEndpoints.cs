using System.Security.Claims;
using Agrovet.Data.Pagination;
using Agrovet.Marketplace.Admin;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Data;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Marketplace.Search;

public static class AdListEndpoints
{
    public static RouteGroupBuilder MapAdList(this RouteGroupBuilder adds)
    {
        adds.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithTags("Ads")
            .WithName("ListAds")
            .WithSummary("Search and filter ads (admins: every status, ?format=csv)")
            .WithDescription("Anyone; changes nothing. Active ads for everyone; administrators also see sold-out and withdrawn ones and "
                + "may export CSV (others asking for CSV get 403). "
                + "?q= full-text (Spanish and English), ?category= (a top-level category includes its sub-categories), "
                + "?region=, ?min_price=, ?max_price=, ?in_stock=true, ?seller=, ?status=, ?sort=relevance|newest|oldest|price|-price, ?page=, ?page_size=.")
            .WithParameterDescription("q", "Words to search for in titles and descriptions (Spanish and English stemming); results ranked by relevance.")
            .WithParameterDescription("category", "A category slug; a top-level category includes its sub-categories.")
            .WithParameterDescription("region", "Only ads in this region: a division code from GET /api/regions/ (CO-COR), or a country code (CO) for all of its divisions.")
            .WithParameterDescription("min_price", "Lowest price, a decimal such as 10.50.")
            .WithParameterDescription("max_price", "Highest price, a decimal such as 99.90.")
            .WithParameterDescription("in_stock", "true for ads with units left only.")
            .WithParameterDescription("seller", "Only ads of the seller with this user id.")
            .WithParameterDescription("status", "Only ads in this status: active, sold_out or withdrawn (administrators see every status).")
            .WithParameterDescription("sort", $"Order: {AdSorts.Values} (default relevance with ?q=, else newest).")
            .WithParameterDescription("ordering", "The same as sort, in the Django REST framework's words: -created_at, created_at, price or -price.")
            .WithParameterDescription("format", "csv for every matching ad as a CSV file (administrators); absent for JSON pages.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return adds;
    }

    private static async Task<Results<Ok<PagedResponse<AdResponse>>, EmptyHttpResult, ValidationProblem, ProblemHttpResult>> ListAsync(
        HttpContext http,
        ClaimsPrincipal user,
        MarketplaceDbContext db,
        IOptions<MarketplaceOptions> options,
        RankedMatchesCache rankedMatches,
        string? q,
        string? category,
        string? region,
        [FromQuery(Name = "min_price")] string? minPrice,
        [FromQuery(Name = "max_price")] string? maxPrice,
        [FromQuery(Name = "in_stock")] string? inStock,
        long? seller,
        string? status,
        string? sort,
        string? ordering,
        string? format,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = AdFilter.Parse(user, q, category, region, minPrice, maxPrice, inStock, seller, status, sort, ordering, errors);
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        var csv = Csv.IsRequested(format);
        if (csv && !user.IsAdmin())
        {
            return Problem.Forbidden(Messages.CsvForAdmins);
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var filtered = AdSearch.Filter(db.Ads.AsNoTracking(), filter);
        var ordered = AdSearch.Sort(filtered, filter);
        if (csv)
        {
            var limit = options.Value.MaxCsvRows;
            await Csv.WriteAsync(
                http.Response,
                "ads.csv",
                ["id", "title", "price", "currency", "stock", "category", "region", "region_name", "status", "seller_id", "seller_username", "created_at", "updated_at"],
                ordered.Take(limit).Select(AdResponse.Projection).AsAsyncEnumerable(),
                a => [a.Id, a.Title, a.Price, a.Currency, a.Stock, a.Category, a.Region, a.RegionName, a.Status, a.Seller.Id, a.Seller.Username, a.CreatedAt, a.UpdatedAt],
                cancellationToken);
            return TypedResults.Empty;
        }

        if (filter.Sort == AdSort.Relevance && filter.Query is not null)
        {
            var (matches, ranked) = await RankedSearch.RunAsync(db, rankedMatches, filter, pageRequest, cancellationToken);
            return TypedResults.Ok(PagedResponse<AdResponse>.Create(http.Request, pageRequest, matches, ranked));
        }

        return TypedResults.Ok(await pageRequest.ReadAsync(http.Request, filtered, ordered.Select(AdResponse.Projection), cancellationToken));
    }
}
