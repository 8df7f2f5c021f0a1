using System.Globalization;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Agrovet.Compute.Rendering;

public static class RenderEndpoints
{
    /// <summary>Views are deterministic for a dataset version, so a browser may keep one for a while and then revalidate it.</summary>
    public const string CacheControl = "private, max-age=300";

    public static RouteGroupBuilder MapRender(this RouteGroupBuilder compute)
    {
        compute.MapGet("render.png", RenderAsync)
            .WithTags("Rendering")
            .WithName("RenderView")
            .WithSummary("One view of a dataset: aggregated, shaded and encoded as PNG")
            .WithDescription("Signed-in users. Changes nothing. Datashader's pipeline over the dataset's points: canvas (width, height, x_range, y_range, projection), "
                + "aggregation (agg, column, filters time_range, categories, value_range), shading (how, cmap, color_key), spread. "
                + "?preview=true renders from the dataset's 1/64 sample instead (fast, counts scaled). The aggregate's range is in "
                + "X-Aggregate-Min and X-Aggregate-Max, the time of each stage in Server-Timing; the image has a strong ETag "
                + "(If-None-Match answers 304 without rendering). Every bad parameter is a 400 naming it.")
            .WithParameterDescription("preview", "true: render from the dataset's 1/64 sample (fast, counts scaled); absent or false: from every point.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return compute;
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem>> RenderAsync(
        [AsParameters] ViewParameters view, string? preview, HttpContext http, DatasetStore store, ViewRenderer renderer,
        CancellationToken cancellationToken)
    {
        var asPreview = false;
        if (preview is not null && !bool.TryParse(preview, out asPreview))
        {
            return ViewRequests.Problem(new Dictionary<string, string[]> { ["preview"] = [Messages.PreviewBoolean] });
        }
        if (!ViewRequests.TryParse(store, view.ToDictionary(), out var lease, out var request, out var errors))
        {
            return ViewRequests.Problem(errors);
        }
        using (lease)
        {
            var etag = AggregateKey.ETag(AggregateKey.Of(lease.Dataset.Name, lease.Version, request.Aggregation), request, asPreview);
            if (NotModified(http, etag))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
            var result = asPreview
                ? await Task.Run(() => renderer.Render(lease, request, preview: true, cancellationToken), cancellationToken)
                : await renderer.RenderFullAsync(lease, request, cancellationToken);
            Describe(http.Response, result);
            return TypedResults.File(result.Png, "image/png");
        }
    }

    /// <summary>Sets the ETag and caching headers; true when the client's copy (If-None-Match) is current.</summary>
    public static bool NotModified(HttpContext http, string etag)
    {
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.Authorization;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        return ifNoneMatch.Length > 0
            && (ifNoneMatch.Trim() == "*" || ifNoneMatch.Split(',').Any(tag => tag.Trim().TrimStart('W', '/') == etag));
    }

    /// <summary>What a client shows beside the image: the aggregate's range, blocks read, and each stage's time.</summary>
    public static void Describe(HttpResponse response, RenderResult result)
    {
        var headers = response.Headers;
        if (result.Min is { } min && result.Max is { } max)
        {
            headers["X-Aggregate-Min"] = min.ToString("R", CultureInfo.InvariantCulture);
            headers["X-Aggregate-Max"] = max.ToString("R", CultureInfo.InvariantCulture);
        }
        headers["X-Blocks-Read"] = string.Create(CultureInfo.InvariantCulture, $"{result.BlocksRead}/{result.BlocksTotal}");
        headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture,
            $"aggregate;dur={result.AggregateTime.TotalMilliseconds:F1}, shade;dur={result.ShadeTime.TotalMilliseconds:F1}, encode;dur={result.EncodeTime.TotalMilliseconds:F1}");
    }
}
