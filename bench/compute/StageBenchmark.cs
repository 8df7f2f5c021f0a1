using System.Globalization;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Imaging;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.Compute.Engine.Shading;
using Agrovet.Compute.Engine.Spreading;

namespace Agrovet.Bench.Compute;

/// <summary>
/// Each stage of a render (aggregate, shade, spread, encode) timed on its own, many times, by the CPU time of the
/// process: on a shared machine wall times say more about the neighbours than about the code.
/// </summary>
internal static class StageBenchmark
{
    public static void Run(Dataset dataset, IReadOnlyList<(string Name, Canvas Canvas)> views, int runs, Action<string> line)
    {
        line($"## Stages of a render, {dataset.Rows:N0} rows, 800×600, eq_hist with fire, {Environment.ProcessorCount} threads, CPU time per run (median of {runs}; wall median)");
        line("");
        line("| view | reduction | aggregate | shade | spread 1 | encode | whole render (CPU) | whole render (wall) | PNG bytes |");
        line("|---|---|---|---|---|---|---|---|---|");
        var aggregator = new CpuAggregator();
        var renderer = new Renderer(aggregator);
        foreach (var (name, canvas) in views)
        {
            foreach (var reduction in new[] { Reduction.Count, Reduction.Mean })
            {
                var query = new AggregationQuery(canvas, reduction);
                var request = new RenderRequest(dataset.Name, query, ShadeHow.EqHist, Colormaps.Default, Colormaps.CategoryColors, 0);
                var aggregate = Timings.Measure(3, runs, () => aggregator.Aggregate(dataset, query).Dispose());
                using var grid = aggregator.Aggregate(dataset, query);
                var shade = Timings.Measure(3, runs, () => Renderer.Shade(grid, request, dataset.Manifest.Categories).Dispose());
                var spread = Timings.Measure(3, runs, () =>
                {
                    using var image = Renderer.Shade(grid, request, dataset.Manifest.Categories);
                    Spreader.Spread(image, 1);
                });
                using var shaded = Renderer.Shade(grid, request, dataset.Manifest.Categories);
                var bytes = 0;
                var encode = Timings.Measure(3, runs, () => bytes = PngEncoder.Encode(shaded).Length);
                var whole = Timings.Measure(3, runs, () => renderer.Render(dataset, request));
                line(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {reduction.Name()} | {aggregate.CpuMedian:F1} ms | {shade.CpuMedian:F1} ms | {spread.CpuMedian - shade.CpuMedian:F1} ms | {encode.CpuMedian:F1} ms | {whole.CpuMedian:F1} ms | {whole.Median:F1} ms | {bytes:N0} |"));
            }
        }
        line("");
    }
}
