using System.Globalization;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Rendering;
using Agrovet.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Compute.Tiles;

public static class TileEndpoints
{
    public const int MaxZoom = 24;

    /// <summary>Tiles of a dataset version never change; a day in the browser, then a revalidation that costs no render.</summary>
    public const string CacheControl = "private, max-age=86400";

    public static RouteGroupBuilder MapTiles(this RouteGroupBuilder compute)
    {
        compute.MapGet("tiles/{dataset}/{z:int}/{x:int}/{y:int}.png", TileAsync)
            .WithTags("Rendering")
            .WithName("MapTile")
            .WithSummary("An XYZ map tile (Web Mercator, 256 or 512 pixels) of a dataset")
            .WithDescription("Signed-in users. Changes nothing. The tile at zoom z, column x (from the antimeridian eastwards) and row y (from the north), as slippy "
                + "maps number them, rendered like /compute/render.png with projection=mercator over the tile's extent. Strong "
                + "ETag and Cache-Control: private, max-age=86400; If-None-Match answers 304 without rendering. A zoom, column or row "
                + "off the map, or an unknown dataset, answers 400.")
            .WithParameterDescription("dataset", "The dataset's name, as GET /compute/datasets/ lists it.")
            .WithParameterDescription("z", $"The zoom level, from 0 (the whole world in one tile) to {MaxZoom}.")
            .WithParameterDescription("x", "The tile's column, from 0 at the antimeridian eastwards to 2^z - 1.")
            .WithParameterDescription("y", "The tile's row, from 0 in the north southwards to 2^z - 1.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return compute;
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem>> TileAsync(
        string dataset, int z, int x, int y, [AsParameters] TileParameters tile, HttpContext http, DatasetStore store,
        ViewRenderer renderer, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (z is < 0 or > MaxZoom)
        {
            errors["z"] = [Messages.FormatZoomRange(MaxZoom)];
        }
        else
        {
            var tiles = 1L << z;
            if (x < 0 || x >= tiles)
            {
                errors["x"] = [Messages.FormatTileXRange(z, tiles - 1)];
            }
            if (y < 0 || y >= tiles)
            {
                errors["y"] = [Messages.FormatTileYRange(z, tiles - 1)];
            }
        }
        var size = 256;
        if (tile.Size is { } sizeText && !(int.TryParse(sizeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out size) && size is 256 or 512))
        {
            errors["size"] = [Messages.TileSize];
        }
        if (errors.Count > 0)
        {
            return ViewRequests.Problem(errors);
        }
        var canvas = ViewRenderer.TileCanvas(z, x, y, size);
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["dataset"] = dataset,
            ["agg"] = tile.Agg,
            ["column"] = tile.Column,
            ["how"] = tile.How,
            ["cmap"] = tile.Cmap,
            ["color_key"] = tile.ColorKey,
            ["time_range"] = tile.TimeRange,
            ["categories"] = tile.Categories,
            ["value_range"] = tile.ValueRange,
            ["spread"] = tile.Spread,
            ["projection"] = "mercator",
            ["width"] = size.ToString(CultureInfo.InvariantCulture),
            ["height"] = size.ToString(CultureInfo.InvariantCulture),
            ["x_range"] = string.Create(CultureInfo.InvariantCulture, $"{canvas.XRange.Min:R},{canvas.XRange.Max:R}"),
            ["y_range"] = string.Create(CultureInfo.InvariantCulture, $"{canvas.YRange.Min:R},{canvas.YRange.Max:R}"),
        };
        if (!ViewRequests.TryParse(store, parameters, out var lease, out var request, out var invalid))
        {
            return ViewRequests.Problem(invalid);
        }
        using (lease)
        {
            var etag = AggregateKey.ETag(AggregateKey.Of(lease.Dataset.Name, lease.Version, request.Aggregation), request, preview: false);
            if (RenderEndpoints.NotModified(http, etag))
            {
                http.Response.Headers.CacheControl = CacheControl;
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
            var result = await renderer.RenderFullAsync(lease, request, cancellationToken);
            RenderEndpoints.Describe(http.Response, result);
            http.Response.Headers.CacheControl = CacheControl;
            return TypedResults.File(result.Png, "image/png");
        }
    }
}
