using Agrovet.Compute.Datasets;
using Agrovet.Compute.Rendering;
using Agrovet.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Compute.Inspect;

public static class InspectEndpoints
{
    public static RouteGroupBuilder MapInspect(this RouteGroupBuilder compute)
    {
        compute.MapGet("inspect", InspectAsync)
            .WithTags("Rendering")
            .WithName("InspectPixel")
            .WithSummary("The aggregate's values under one pixel of a view (hover values)")
            .WithDescription("Signed-in users. Changes nothing. Takes the parameters of /compute/render.png and px, py (the pixel's column and row, 0 at the top left). "
                + "A view rendered lately is read from its kept aggregate (no new aggregation), so hovering over the image "
                + "just rendered is cheap; another view is aggregated first. A pixel off the canvas answers 400.")
            .WithParameterDescription("px", "The pixel's column in the view's image, from 0 (the left edge) to width - 1 (required).")
            .WithParameterDescription("py", "The pixel's row in the view's image, from 0 (the top edge) to height - 1 (required).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return compute;
    }

    private static async Task<Results<Ok<InspectResponse>, ValidationProblem>> InspectAsync(
        [AsParameters] ViewParameters view, int? px, int? py, DatasetStore store, ViewRenderer renderer, CancellationToken cancellationToken)
    {
        if (!ViewRequests.TryParse(store, view.ToDictionary(), out var lease, out var request, out var errors))
        {
            return ViewRequests.Problem(errors);
        }
        using (lease)
        {
            var query = request.Aggregation;
            var pixelErrors = PixelInspector.Check(px, py, query.Canvas);
            if (pixelErrors.Count > 0)
            {
                return ViewRequests.Problem(pixelErrors);
            }
            var categories = lease.Dataset.Manifest.Categories;
            var answer = await renderer.ReadAggregateAsync(lease, query,
                grid => PixelInspector.Read(grid, lease.Dataset.Name, query, categories, px!.Value, py!.Value), cancellationToken);
            return TypedResults.Ok(answer);
        }
    }
}
