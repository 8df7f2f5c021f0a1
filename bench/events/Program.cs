using System.Diagnostics;
using System.Globalization;
using Agrovet.Bench.Events;

// dotnet run -c Release --project bench/events [-- --burst 50000 --writers 8 --rate 1000 --seconds 20 --sustained-rate 10000
//     --sustained-seconds 60 --warmup-seconds 20 --durable --only single|batched|steady|sustained]
var options = BenchOptions.Parse(args);
var invariant = CultureInfo.InvariantCulture;

Console.Error.WriteLine("Starting PostgreSQL, Redis, and the auth (producer) and profiles (consumer) services ...");
await using var platform = await BenchPlatform.StartAsync(options.Durable);
var writer = new Writer(platform.Producer, platform.Clock);
var rows = new List<string>();

// A service that has run for a while has its hot paths compiled at the JIT's final tier; a cold one spends its first
// half minute under load instrumenting and recompiling them. Measured here: the warm service.
Console.Error.WriteLine($"Warming up: 5,000 events/s for {options.WarmupSeconds} s ...");
await MeasureAsync("warm-up", 5_000 * options.WarmupSeconds,
    () => writer.SteadyAsync(5_000, TimeSpan.FromSeconds(options.WarmupSeconds), options.Writers, perTransaction: 10));

if (options.Runs("single"))
{
    Console.Error.WriteLine($"Burst: {options.Burst:N0} events from {options.Writers} writers ...");
    rows.Add(await MeasureAsync($"burst, {options.Writers} writers, 1 event per transaction", options.Burst, () => writer.BurstAsync(options.Burst, options.Writers)));
}

if (options.Runs("batched"))
{
    Console.Error.WriteLine($"Burst: {options.Burst:N0} events from {options.Writers} writers, 10 per transaction ...");
    rows.Add(await MeasureAsync($"burst, {options.Writers} writers, 10 events per transaction", options.Burst,
        () => writer.BurstAsync(options.Burst, options.Writers, perTransaction: 10)));
}

if (options.Runs("steady"))
{
    var steady = options.Rate * options.Seconds;
    Console.Error.WriteLine($"Steady: {options.Rate:N0} events/s for {options.Seconds} s ...");
    rows.Add(await MeasureAsync($"steady {options.Rate:N0}/s for {options.Seconds} s", steady,
        () => writer.SteadyAsync(options.Rate, TimeSpan.FromSeconds(options.Seconds), writers: 4)));
}

if (options.Runs("sustained"))
{
    // The throughput target, held: producers commit at the target rate (ten events per transaction) for the whole
    // run, and the pipeline keeps up if commit-to-effect latency stays flat instead of growing with a backlog.
    var sustained = options.SustainedRate * options.SustainedSeconds;
    Console.Error.WriteLine($"Sustained: {options.SustainedRate:N0} events/s for {options.SustainedSeconds} s, 10 per transaction ...");
    rows.Add(await MeasureAsync($"sustained {options.SustainedRate:N0}/s for {options.SustainedSeconds} s, 10 per transaction", sustained,
        () => writer.SteadyAsync(options.SustainedRate, TimeSpan.FromSeconds(options.SustainedSeconds), options.Writers, perTransaction: 10)));
}

var report = string.Join(Environment.NewLine,
[
    $"# Event bus benchmark {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}",
    string.Empty,
    $"Machine: {Environment.ProcessorCount} cores; PostgreSQL {(options.Durable ? "durable (fsync on)" : "throwaway (fsync and synchronous_commit off)")}, Redis (no persistence), both services and the load in one process on loopback. Default EventBus settings.",
    "Latency: producer's commit → consumer's transaction with the effect committed.",
    string.Empty,
    "| scenario | events | events committed/s | end-to-end events/s | p50 | p95 | p99 | max |",
    "|---|---|---|---|---|---|---|---|",
    .. rows,
]);
Console.WriteLine(report);
var results = Path.Combine(FindRepoRoot(), "bench", "results");
Directory.CreateDirectory(results);
var file = Path.Combine(results, $"events-{DateTime.UtcNow:yyyyMMddTHHmmssZ}.md");
await File.WriteAllTextAsync(file, report + Environment.NewLine);
Console.Error.WriteLine($"Written to {file}");
return 0;

async Task<string> MeasureAsync(string name, int count, Func<Task> write)
{
    platform.Clock.Restart(count);
    var start = Stopwatch.GetTimestamp();
    await write();
    var writing = Stopwatch.GetElapsedTime(start);
    await platform.Clock.UntilEffects.WaitAsync(TimeSpan.FromMinutes(5));
    var (latencies, _, lastEffect) = platform.Clock.Measure();
    var endToEnd = Stopwatch.GetElapsedTime(start, lastEffect);
    return string.Create(invariant,
        $"| {name} | {count:N0} | {count / writing.TotalSeconds:N0} | {count / endToEnd.TotalSeconds:N0} | " +
        $"{Percentiles.Of(latencies, 50):0.0} ms | {Percentiles.Of(latencies, 95):0.0} ms | {Percentiles.Of(latencies, 99):0.0} ms | {latencies[^1]:0.0} ms |");
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Agrovet.slnx")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
