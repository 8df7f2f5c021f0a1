using System.Diagnostics;
using System.Globalization;
using System.Text;
using Agrovet.Bench.Compute;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Generation;
using Agrovet.Compute.Engine.Gpu;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.Compute.Engine.Shading;

// dotnet bench/compute/bin/Release/net10.0/Agrovet.Bench.Compute.dll [--dir DIR] [--dataset crop-yields] [--runs 10]
// A machine without the datasets (a lent GPU machine): ... --generate writes crop-yields 10m and 100m into --dir first.
// Each stage of a render on its own, by CPU time (to work on one stage): ... --stages
// Through a running service instead (REST and WebSocket, as a client sees it):
//   ... --url http://127.0.0.1:8080 --username admin --password PASSWORD [--dataset crop-yields-100m] [--runs 10] [--agg count,mean]
//   (--url the gateway, or the compute service itself with --auth-url the gateway to sign in at)
var options = args.Select((value, index) => (value, index)).Where(pair => pair.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(pair => pair.value[2..], pair => pair.index + 1 < args.Length ? args[pair.index + 1] : "", StringComparer.Ordinal);
if (options.GetValueOrDefault("url") is { Length: > 0 } serviceUrl)
{
    return await BenchThroughServiceAsync(new Uri(serviceUrl), options);
}
var folder = options.GetValueOrDefault("dir") ?? Path.Combine(Environment.GetEnvironmentVariable("AGROVET_STATE_DIR") ?? ".agrovet", "datasets");
var kind = options.GetValueOrDefault("dataset") ?? "crop-yields";
var runs = int.Parse(options.GetValueOrDefault("runs") ?? "10", CultureInfo.InvariantCulture);
var report = new StringBuilder();
void Line(string text = "")
{
    Console.WriteLine(text);
    report.AppendLine(text);
}

List<string> sizes = ["10m", "100m"];
if (options.ContainsKey("generate"))
{
    // A machine with no datasets yet (a lent GPU machine): write the missing ones first, as ./agrovet datasets does.
    var generated = SyntheticDatasetKind.All.First(candidate => candidate.Name == kind);
    foreach (var size in sizes.Where(size => !File.Exists(Path.Combine(folder, $"{kind}-{size}", DatasetFiles.Manifest))))
    {
        var rows = DatasetSize.TryParse(size, out var parsed) ? parsed : throw new InvalidOperationException(size);
        var clock = Stopwatch.StartNew();
        DatasetGenerator.Generate(folder, generated, rows);
        Console.WriteLine($"Generated {kind}-{size} in {clock.Elapsed.TotalSeconds:F1} s.");
    }
}
using var catalog = new DatasetCatalog(folder);
var datasets = sizes.Select(size => catalog.TryOpen($"{kind}-{size}")).OfType<Dataset>().ToList();
if (datasets.Count == 0)
{
    Console.Error.WriteLine($"No {kind}-10m or {kind}-100m in {catalog.Folder}: run ./agrovet datasets --size 100m --only {kind} first.");
    return 1;
}
var started = DateTimeOffset.UtcNow;
var loadBefore = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Line($"# Compute engine benchmark, {started:yyyy-MM-dd HH:mm} UTC");
Line();
Line($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, AVX2 {System.Runtime.Intrinsics.X86.Avx2.IsSupported}; load average before: {loadBefore}; {runs} runs after warm-up, median (best, worst).");
var bandwidth1 = MemoryBandwidth.ReadGigabytesPerSecond(1);
var bandwidthAll = MemoryBandwidth.ReadGigabytesPerSecond(Environment.ProcessorCount);
Line($"Memory read bandwidth (sum over 1 GiB): {bandwidth1:F1} GB/s on 1 thread, {bandwidthAll:F1} GB/s on {Environment.ProcessorCount}.");
Line();

var fullCanvas = (Dataset dataset) => new Canvas(800, 600,
    new Interval(dataset.Longitude.Descriptor.Min, dataset.Longitude.Descriptor.Max),
    new Interval(dataset.Latitude.Descriptor.Min, dataset.Latitude.Descriptor.Max));
var largest = datasets[^1];
var full = fullCanvas(largest);
var onePercent = new Canvas(800, 600,
    new Interval(-61.0 - (full.XRange.Length * 0.05), -61.0 + (full.XRange.Length * 0.05)),
    new Interval(-34.0 - (full.YRange.Length * 0.05), -34.0 + (full.YRange.Length * 0.05)));
if (options.ContainsKey("stages"))
{
    StageBenchmark.Run(largest, [("whole dataset", full), ("1% of its area", onePercent)], runs, Line);
    return 0;
}
foreach (var dataset in datasets)
{
    using var warm = new CpuAggregator().Aggregate(dataset, new AggregationQuery(fullCanvas(dataset), Reduction.Mean));
}

Line("## Aggregation throughput, 800×600, whole dataset");
Line();
Line("| rows | reduction | threads | time | points/s | CPU time per run | points per CPU-second |");
Line("|---|---|---|---|---|---|---|");
foreach (var dataset in datasets)
{
    foreach (var reduction in new[] { Reduction.Count, Reduction.Mean })
    {
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var aggregator = new CpuAggregator(threads);
            var query = new AggregationQuery(fullCanvas(dataset), reduction);
            var timings = Timings.Measure(2, runs, () => aggregator.Aggregate(dataset, query).Dispose());
            var pointsPerSecond = dataset.Rows / (timings.Median / 1000);
            Line($"| {dataset.Rows:N0} | {reduction.Name()} | {threads} | {timings.Describe()} | {pointsPerSecond / 1e6:N0} M | {timings.CpuMedian:F0} ms | {dataset.Rows / (timings.CpuMedian / 1000) / 1e6:N0} M |");
        }
    }
}
Line();

var renderer = new Renderer(new CpuAggregator());
Line($"## Full request (aggregate, shade eq_hist with fire, encode PNG), {largest.Rows:N0} rows, 800×600, {Environment.ProcessorCount} threads");
Line();
Line("| view | reduction | total | CPU time | aggregate | shade | encode | blocks read | PNG bytes |");
Line("|---|---|---|---|---|---|---|---|---|");
foreach (var (name, canvas) in new[] { ("whole dataset", full), ("1% of its area (Pampa Húmeda)", onePercent) })
{
    foreach (var preview in new[] { false, true })
    {
        foreach (var reduction in new[] { Reduction.Count, Reduction.Mean })
        {
            var request = new RenderRequest(largest.Name, new AggregationQuery(canvas, reduction), ShadeHow.EqHist, Colormaps.Default, Colormaps.CategoryColors, 0);
            RenderResult? last = null;
            var timings = Timings.Measure(2, runs, () => last = renderer.Render(largest, request, preview));
            var stages = new List<RenderResult>();
            for (var i = 0; i < 5; i++)
            {
                stages.Add(renderer.Render(largest, request, preview));
            }
            double StageMedian(Func<RenderResult, TimeSpan> stage) => stages.Select(result => stage(result).TotalMilliseconds).Order().ElementAt(2);
            Line($"| {name}{(preview ? ", preview" : "")} | {reduction.Name()} | {timings.Describe()} | {timings.CpuMedian:F0} ms | {StageMedian(r => r.AggregateTime):F1} ms | "
                + $"{StageMedian(r => r.ShadeTime):F1} ms | {StageMedian(r => r.EncodeTime):F1} ms | {last!.BlocksRead}/{last.BlocksTotal} | {last.Png.Length:N0} |");
        }
    }
}
Line();

Line("## Cancellation: a whole-dataset render cancelled 5 ms after it starts");
Line();
var stops = new List<double>();
for (var i = 0; i < Math.Max(5, runs); i++)
{
    using var cancellation = new CancellationTokenSource();
    var request = new RenderRequest(largest.Name, new AggregationQuery(full, Reduction.Mean), ShadeHow.EqHist, Colormaps.Default, Colormaps.CategoryColors, 0);
    var render = Task.Run(() => renderer.Render(largest, request, cancellationToken: cancellation.Token));
    Thread.Sleep(5);
    var clock = Stopwatch.StartNew();
    cancellation.Cancel();
    try
    {
        render.Wait();
    }
    catch (AggregateException exception) when (exception.InnerException is OperationCanceledException)
    {
    }
    stops.Add(clock.Elapsed.TotalMilliseconds);
}
Line($"Stopped {stops.Order().ElementAt(stops.Count / 2):F2} ms after Cancel() (median of {stops.Count}; worst {stops.Max():F2} ms).");
Line();

using var gpu = GpuAggregator.TryCreateCuda(reason => Line($"No CUDA device, GPU figures not taken: {reason}"));
if (gpu is not null)
{
    GpuBenchmark.Run(gpu, datasets, fullCanvas, onePercent, runs, Line);
}
Line();
var loadAfter = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Line($"Load average after: {loadAfter}.");

var results = Path.Combine(options.GetValueOrDefault("results") ?? Path.Combine("bench", "results"), $"compute-{started:yyyyMMdd'T'HHmmss'Z'}.md");
Directory.CreateDirectory(Path.GetDirectoryName(results)!);
File.WriteAllText(results, report.ToString());
Console.WriteLine($"→ {results}");
return 0;

static async Task<int> BenchThroughServiceAsync(Uri url, Dictionary<string, string> options)
{
    var report = new StringBuilder();
    void Line(string text = "")
    {
        Console.WriteLine(text);
        report.AppendLine(text);
    }
    var started = DateTimeOffset.UtcNow;
    var runs = int.Parse(options.GetValueOrDefault("runs") ?? "10", CultureInfo.InvariantCulture);
    Line($"# Compute service benchmark, {started:yyyy-MM-dd HH:mm} UTC");
    Line();
    Line($"{Environment.ProcessorCount} cores; load average before: {LoadAverage()}; {runs} runs after warm-up.");
    Line();
    var authUrl = options.GetValueOrDefault("auth-url") is { Length: > 0 } auth ? new Uri(auth) : url;
    foreach (var agg in (options.GetValueOrDefault("agg") ?? "count,mean").Split(','))
    {
        await ServiceBenchmark.RunAsync(url, authUrl, options.GetValueOrDefault("username") ?? "admin", options.GetValueOrDefault("password") ?? "",
            options.GetValueOrDefault("dataset") ?? "crop-yields-100m", agg, runs, Line);
    }

    Line($"Load average after: {LoadAverage()}.");
    var results = Path.Combine(options.GetValueOrDefault("results") ?? Path.Combine("bench", "results"), $"compute-service-{started:yyyyMMdd'T'HHmmss'Z'}.md");
    Directory.CreateDirectory(Path.GetDirectoryName(results)!);
    await File.WriteAllTextAsync(results, report.ToString());
    Console.WriteLine($"→ {results}");
    return 0;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
