using System.Globalization;
using Agrovet.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Agrovet.Marketplace.Regions;

public static class RegionEndpoints
{
    public const string RoutePrefix = "/api/regions";

    public static WebApplication MapRegions(this WebApplication app)
    {
        app.MapGroup(RoutePrefix).MapGet("/", GetRegions)
            .AllowAnonymous()
            .WithTags("Regions")
            .WithName("ListRegions")
            .WithSummary("The countries and their first-level divisions a region may name")
            .WithDescription(
                "Anyone; changes nothing. Every Spanish-speaking Latin American country and Brazil (ISO 3166-1 alpha-2), "
                + "with its name in the request's language, what its divisions are called, its currency (ISO 4217) and "
                + "decimals, and its divisions (ISO 3166-2 code and local name). Ads, profiles and delivery addresses name "
                + "a region by its division code (\"CO-COR\"). Cacheable: ETag and Cache-Control: public, max-age=3600, "
                + "varying by Accept-Language; If-None-Match answers 304.")
            .Produces(StatusCodes.Status304NotModified);
        return app;
    }

    private static Results<Ok<IReadOnlyList<RegionCountryResponse>>, StatusCodeHttpResult> GetRegions(HttpContext http)
    {
        var culture = CultureInfo.CurrentUICulture;
        var english = LocalizedName.IsEnglish(culture);
        var etag = $"\"{RegionCatalog.ETag.Trim('"')}-{(english ? "en" : "es")}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "public, max-age=3600";
        headers.Vary = HeaderNames.AcceptLanguage;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(tag => tag.Trim() is "*" || tag.Trim().TrimStart('W', '/') == etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(english ? RegionCountryResponse.English : RegionCountryResponse.Spanish);
    }
}
