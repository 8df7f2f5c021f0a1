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
            .WithSummary("The category tree ads are filed under");
        return adds;
    }

    private static Ok<IReadOnlyList<CategoryNode>> GetCategories(HttpResponse response)
    {
        response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(Categories.Tree);
    }
}
