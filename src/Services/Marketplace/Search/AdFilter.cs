using System.Globalization;
using System.Security.Claims;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Catalog;
using Agrovet.Marketplace.Money;
using Agrovet.Regions;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Search;

/// <summary>
/// What a listing asks for, checked. <see cref="AllStatuses"/> says whether withdrawn ads and ads of deactivated
/// sellers may appear: for admins, and for sellers looking at their own ads (<c>?seller=&lt;my id&gt;</c>).
/// </summary>
public sealed record AdFilter(
    string? Query,
    string? Category,
    string? Region,
    bool RegionIsCountry,
    decimal? MinPrice,
    decimal? MaxPrice,
    bool InStock,
    long? SellerId,
    string? Status,
    AdSort Sort,
    bool AllStatuses)
{
    public static AdFilter Parse(
        ClaimsPrincipal user, string? q, string? category, string? region, string? minPrice, string? maxPrice, string? inStock,
        long? seller, string? status, string? sort, string? ordering, ValidationErrors errors)
    {
        var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        errors.MaxLength("q", query, TextSearch.MaxQueryLength);

        var categorySlug = string.IsNullOrWhiteSpace(category) ? null : category.Trim().ToLowerInvariant();
        if (categorySlug is not null && !Categories.IsKnown(categorySlug))
        {
            errors.Add("category", Messages.FormatUnknownCategory(category, Categories.Describe()));
        }

        var (regionCode, regionIsCountry) = ParseRegion(region, errors);

        var min = ParseAmount("min_price", minPrice, errors);
        var max = ParseAmount("max_price", maxPrice, errors);
        if (min > max)
        {
            errors.Add("max_price", Messages.MaxBelowMin);
        }

        var stocked = ParseFlag("in_stock", inStock, errors);
        var viewerId = user.Identity?.IsAuthenticated == true ? user.Id() : (long?)null;
        var allStatuses = user.IsAdmin() || (seller is not null && seller == viewerId);
        var statusValue = string.IsNullOrWhiteSpace(status) ? null : status.Trim();
        if (statusValue is not null && !AdStatus.IsKnown(statusValue))
        {
            errors.Add("status", Messages.FormatUseOneOf(string.Join(", ", AdStatus.All)));
        }
        else if (statusValue == AdStatus.Withdrawn && !allStatuses)
        {
            errors.Add("status", Messages.WithdrawnOnlyForSeller);
        }

        var order = AdSorts.Parse(sort, ordering, query is not null, errors);
        return new AdFilter(query, categorySlug, regionCode, regionIsCountry, min, max, stocked, seller, statusValue, order, allStatuses);
    }

    /// <summary>A division code ("CO-COR": its ads) or a country code ("CO": the ads of all its divisions).</summary>
    private static (string? Code, bool IsCountry) ParseRegion(string? value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, false);
        }

        if (RegionCatalog.FindDivision(value) is { } division)
        {
            return (division.Code, false);
        }

        if (RegionCatalog.FindCountry(value) is { } country)
        {
            return (country.Code, true);
        }

        errors.Add("region", Messages.FormatUnknownRegionFilter(RegionCatalog.Path));
        return (null, false);
    }

    private static decimal? ParseAmount(string field, string? value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount > Amounts.Max)
        {
            errors.Add(field, Messages.AmountFilter);
            return null;
        }

        return amount;
    }

    private static bool ParseFlag(string field, string? value, ValidationErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0":
                return false;
            case "true" or "1":
                return true;
            default:
                errors.Add(field, Messages.UseTrueOrFalse);
                return false;
        }
    }
}
