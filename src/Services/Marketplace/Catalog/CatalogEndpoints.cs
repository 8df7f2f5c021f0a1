using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Marketplace.Catalog;

public static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalog(this RouteGroupBuilder adds)
    {
        adds.MapGet("categories/", GetCategories)
            .AllowAnonymous()
            .WithTags("Ads")
            .WithName("ListCategories")
            .WithSummary("The category tree ads are filed under")
            .WithDescription("Anyone; changes nothing. Each category with its slug and sub-categories; ads name a category by slug.");
        return adds;
    }

    private static Ok<IReadOnlyList<CategoryNode>> GetCategories(HttpResponse response)
    {
        response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(Categories.Tree);
    }
}
