using System.Diagnostics;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Gpu;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.Compute.Engine.Shading;

namespace Agrovet.Bench.Compute;

/// <summary>
/// The CUDA backend's figures: the columns' upload, aggregation throughput, full requests, and every reduction checked
/// against the CPU engine on the same dataset (counts exactly; sums in another order, so values to a relative 1e-9).
/// </summary>
internal static class GpuBenchmark
{
    public static void Run(GpuAggregator gpu, IReadOnlyList<Dataset> datasets, Func<Dataset, Canvas> fullCanvas, Canvas onePercent, int runs,
        Action<string> line)
    {
        line($"## {gpu.Name}");
        line("");
        line("| rows | first call (columns uploaded) | reduction | time | points/s |");
        line("|---|---|---|---|---|");
        foreach (var dataset in datasets)
        {
            var clock = Stopwatch.StartNew();
            gpu.Aggregate(dataset, new AggregationQuery(fullCanvas(dataset), Reduction.Mean)).Dispose();
            var upload = clock.Elapsed.TotalMilliseconds;
            foreach (var reduction in new[] { Reduction.Count, Reduction.Mean })
            {
                var query = new AggregationQuery(fullCanvas(dataset), reduction);
                var timings = Timings.Measure(2, runs, () => gpu.Aggregate(dataset, query).Dispose());
                line($"| {dataset.Rows:N0} | {upload:F0} ms | {reduction.Name()} | {timings.Describe()} | {dataset.Rows / (timings.Median / 1000) / 1e6:N0} M |");
            }
        }
        line("");

        var largest = datasets[^1];
        var renderer = new Renderer(gpu);
        line($"### Full request on the GPU (aggregate there, shade eq_hist and encode on the CPU), {largest.Rows:N0} rows, 800×600");
        line("");
        line("| view | reduction | total | aggregate | shade | encode |");
        line("|---|---|---|---|---|---|");
        foreach (var (name, canvas) in new[] { ("whole dataset", fullCanvas(largest)), ("1% of its area", onePercent) })
        {
            foreach (var reduction in new[] { Reduction.Count, Reduction.Mean })
            {
                var request = new RenderRequest(largest.Name, new AggregationQuery(canvas, reduction), ShadeHow.EqHist, Colormaps.Default, Colormaps.CategoryColors, 0);
                var results = new List<RenderResult>();
                var timings = Timings.Measure(2, runs, () => results.Add(renderer.Render(largest, request)));
                double Median(Func<RenderResult, TimeSpan> stage) => results.Select(result => stage(result).TotalMilliseconds).Order().ElementAt(results.Count / 2);
                line($"| {name} | {reduction.Name()} | {timings.Describe()} | {Median(r => r.AggregateTime):F1} ms | {Median(r => r.ShadeTime):F1} ms | {Median(r => r.EncodeTime):F1} ms |");
            }
        }
        line("");

        line($"### The GPU against the CPU engine, {largest.Rows:N0} rows, every reduction");
        line("");
        line("| view | reduction | filtered | counts equal | values: largest relative difference |");
        line("|---|---|---|---|---|");
        var cpu = new CpuAggregator();
        var filter = new PointFilter(
            new Interval(largest.Time.Descriptor.Min, largest.Time.Descriptor.Min + ((largest.Time.Descriptor.Max - largest.Time.Descriptor.Min) / 2)),
            new HashSet<int> { 0, 2 },
            new Interval(largest.Value.Descriptor.Min, (largest.Value.Descriptor.Min + largest.Value.Descriptor.Max) / 2));
        var allMatch = true;
        foreach (var (name, canvas) in new[] { ("whole dataset", fullCanvas(largest)), ("1% of its area", onePercent) })
        {
            foreach (var reduction in Enum.GetValues<Reduction>())
            {
                foreach (var filtered in new[] { false, true })
                {
                    var query = new AggregationQuery(canvas, reduction, Filter: filtered ? filter : null);
                    using var onCpu = cpu.Aggregate(largest, query);
                    using var onGpu = gpu.Aggregate(largest, query);
                    var (countsEqual, difference) = Compare(onCpu, onGpu);
                    allMatch &= countsEqual && difference <= 1e-9;
                    line($"| {name} | {reduction.Name()} | {(filtered ? "yes" : "no")} | {(countsEqual ? "yes" : "**no**")} | {(onCpu.HoldsCounts ? "–" : difference.ToString("G3", System.Globalization.CultureInfo.InvariantCulture))} |");
                }
            }
        }
        line("");
        line(allMatch ? "Every aggregate matches the CPU engine's." : "**Some aggregates differ from the CPU engine's.**");
        line("");
    }

    private static (bool CountsEqual, double Difference) Compare(AggregateGrid cpu, AggregateGrid gpu)
    {
        if (cpu.HoldsCounts)
        {
            return (cpu.Counts.SequenceEqual(gpu.Counts), 0);
        }
        var largest = 0.0;
        var sameEmpty = true;
        var a = cpu.Values;
        var b = gpu.Values;
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNaN(a[i]) || double.IsNaN(b[i]))
            {
                sameEmpty &= double.IsNaN(a[i]) == double.IsNaN(b[i]);
                continue;
            }
            var scale = Math.Max(Math.Abs(a[i]), Math.Abs(b[i]));
            if (scale > 0)
            {
                largest = Math.Max(largest, Math.Abs(a[i] - b[i]) / scale);
            }
        }
        return (sameEmpty, largest);
    }
}
