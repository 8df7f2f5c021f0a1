using System.Diagnostics;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Imaging;
using Agrovet.Compute.Engine.Shading;
using Agrovet.Compute.Engine.Spreading;

namespace Agrovet.Compute.Engine.Rendering;

/// <summary>
/// The whole pipeline for one view: aggregate (on the aggregator given: CPU or GPU), shade, spread, encode PNG. A
/// preview reads the dataset's stored subsample instead (counts and sums scaled to the full size), which costs a small
/// fraction of the full render. Cancellation stops the aggregation between blocks and is checked between stages.
/// </summary>
public sealed class Renderer(IAggregator aggregator)
{
    public IAggregator Aggregator => aggregator;

    public RenderResult Render(Dataset dataset, RenderRequest request, bool preview = false, CancellationToken cancellationToken = default)
    {
        var source = preview && dataset.Sample is { } sample ? sample : dataset;
        var clock = Stopwatch.StartNew();
        using var grid = aggregator.Aggregate(source, request.Aggregation, cancellationToken);
        var aggregated = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();
        using var image = Shade(grid, request, dataset.Manifest.Categories);
        Spreader.Spread(image, request.Spread);
        var shaded = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();
        var png = PngEncoder.Encode(image);
        var encoded = clock.Elapsed;
        var span = grid.Span();
        return new RenderResult(png, grid.Width, grid.Height, span?.Min, span?.Max, image.Legend, source != dataset,
            grid.BlocksRead, grid.BlocksTotal, grid.RowsScanned, aggregated, shaded - aggregated, encoded - shaded);
    }

    /// <summary>The aggregate alone (for hover values: keep it, then read pixels with <see cref="AggregateGrid.ValueAt"/>).</summary>
    public AggregateGrid Aggregate(Dataset dataset, AggregationQuery query, CancellationToken cancellationToken = default) =>
        aggregator.Aggregate(dataset, query, cancellationToken);

    public static ShadedImage Shade(AggregateGrid grid, RenderRequest request, IReadOnlyList<string> categories) =>
        grid.Reduction == Reduction.CountCategorical
            ? Shader.ShadeCategories(grid, request.ColorKey, categories, request.How)
            : Shader.Shade(grid, request.Colormap, request.How);
}
