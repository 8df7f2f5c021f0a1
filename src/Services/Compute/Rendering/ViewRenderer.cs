using System.Diagnostics;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;
using Agrovet.Compute.Engine.Imaging;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.Compute.Engine.Spreading;

namespace Agrovet.Compute.Rendering;

/// <summary>
/// The pipeline of one view for the service: aggregate (CPU or GPU), shade, spread, encode PNG, as the engine's
/// <see cref="Renderer"/>, but keeping a full render's aggregate in the <see cref="AggregateCache"/> for hover values.
/// A preview reads the dataset's 1/64 sample at a fraction of the canvas's resolution: coarse and fast.
/// </summary>
public sealed class ViewRenderer(IAggregator aggregator, AggregateCache cache, RenderSlots slots, ILogger<ViewRenderer> logger)
{
    public IAggregator Aggregator => aggregator;

    /// <summary>The request a preview renders: the same view on a canvas <paramref name="divisor"/> times smaller.</summary>
    public static RenderRequest PreviewOf(RenderRequest request, int divisor)
    {
        if (divisor <= 1)
        {
            return request;
        }
        var canvas = request.Aggregation.Canvas;
        var smaller = canvas with { Width = Math.Max(1, canvas.Width / divisor), Height = Math.Max(1, canvas.Height / divisor) };
        return request with { Aggregation = request.Aggregation with { Canvas = smaller }, Spread = request.Spread / divisor };
    }

    /// <summary>A full render: waits for a render slot, then renders and keeps the aggregate for inspect.</summary>
    public async Task<RenderResult> RenderFullAsync(DatasetLease lease, RenderRequest request, CancellationToken cancellationToken)
    {
        using var slot = await slots.EnterAsync(cancellationToken);
        return await Task.Run(() => Render(lease, request, preview: false, cancellationToken), cancellationToken);
    }

    /// <summary>Renders on the calling thread. A preview is not kept; a full render's aggregate is.</summary>
    public RenderResult Render(DatasetLease lease, RenderRequest request, bool preview, CancellationToken cancellationToken)
    {
        var dataset = lease.Dataset;
        var source = preview && dataset.Sample is { } sample ? sample : dataset;
        var clock = Stopwatch.StartNew();
        var grid = aggregator.Aggregate(source, request.Aggregation, cancellationToken);
        try
        {
            var aggregated = clock.Elapsed;
            cancellationToken.ThrowIfCancellationRequested();
            using var image = Renderer.Shade(grid, request, dataset.Manifest.Categories);
            Spreader.Spread(image, request.Spread);
            var shaded = clock.Elapsed;
            cancellationToken.ThrowIfCancellationRequested();
            var png = PngEncoder.Encode(image);
            var encoded = clock.Elapsed;
            var span = grid.Span();
            var result = new RenderResult(png, grid.Width, grid.Height, span?.Min, span?.Max, image.Legend, source != dataset,
                grid.BlocksRead, grid.BlocksTotal, grid.RowsScanned, aggregated, shaded - aggregated, encoded - shaded);
            if (!preview)
            {
                cache.Add(AggregateKey.Of(dataset.Name, lease.Version, request.Aggregation), grid);
                grid = null;
            }
            logger.LogDebug("Rendered {Dataset} {Width}x{Height} {Reduction} ({Stage}) in {Milliseconds:F1} ms on {Aggregator}",
                dataset.Name, result.Width, result.Height, request.Aggregation.Reduction.Name(), preview ? "preview" : "full",
                result.TotalTime.TotalMilliseconds, aggregator.Name);
            return result;
        }
        finally
        {
            grid?.Dispose();
        }
    }

    /// <summary>
    /// Reads the aggregate of a view: from the cache when the view was rendered lately, else aggregated now (and kept).
    /// </summary>
    public async Task<T> ReadAggregateAsync<T>(DatasetLease lease, AggregationQuery query, Func<AggregateGrid, T> read, CancellationToken cancellationToken)
    {
        var key = AggregateKey.Of(lease.Dataset.Name, lease.Version, query);
        if (cache.TryRead(key, read, out var cached))
        {
            return cached;
        }
        using (await slots.EnterAsync(cancellationToken))
        {
            var grid = await Task.Run(() => aggregator.Aggregate(lease.Dataset, query, cancellationToken), cancellationToken);
            T result;
            try
            {
                result = read(grid);
            }
            catch
            {
                grid.Dispose();
                throw;
            }
            cache.Add(key, grid);
            return result;
        }
    }

    /// <summary>The canvas of an XYZ map tile in Web Mercator, 256 pixels a side unless said otherwise.</summary>
    public static Canvas TileCanvas(int z, int x, int y, int size)
    {
        var tiles = 1 << z;
        var step = 2 * WebMercator.HalfWorld / tiles;
        var minX = -WebMercator.HalfWorld + (x * step);
        var maxY = WebMercator.HalfWorld - (y * step);
        return new Canvas(size, size, new Interval(minX, minX + step), new Interval(maxY - step, maxY), Projection.WebMercator);
    }
}
