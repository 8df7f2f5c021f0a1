using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Agrovet.AppHost.Platform;
using Agrovet.Bench.Soak;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.Testing;
using Npgsql;
using StackExchange.Redis;

// ./agrovet bench soak [--minutes 10] [--rate R | --load 0.7] [--capacity-seconds 20] [--concurrency 32]
var options = SoakArgs.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var ct = cancel.Token;
var report = new StringBuilder();
void Say(string line)
{
    Console.WriteLine(line);
    report.AppendLine(line);
}

string[] services = ["auth", "media", "profiles", "marketplace", "forum", "chat", "compute"];
var state = Path.Combine(RepoPaths.Root, "bench", ".state-soak");
if (Directory.Exists(state))
{
    Directory.Delete(state, recursive: true);
}

await using var platform = new LocalPlatform(
    new PlatformOptions
    {
        RepoRoot = RepoPaths.Root,
        StateDirectory = state,
        Configuration = typeof(Workload).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!,
        PostgresPort = FreePort.Next(),
        RedisPort = FreePort.Next(),
        Ports = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.Next()),
        ManagementPorts = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.Next()),
        OnlyServices = services.ToHashSet(StringComparer.Ordinal),
        DurablePostgres = true,
        AdminPassword = "Soak-Chief-password-1",
        HealthTimeout = TimeSpan.FromSeconds(180),
        ExtraEnvironment = new Dictionary<string, string>
        {
            // One client address sends everything: the per-address budgets would only measure themselves.
            ["RateLimiting__Policies__Default__PermitLimit"] = "100000000",
            ["RateLimiting__Policies__Strict__PermitLimit"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
        },
    },
    new SoakReporter());
await platform.StartAsync(ct);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
HttpClient NewClient() => new(handler, disposeHandler: false) { BaseAddress = platform.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
var workload = new Workload(NewClient);
Console.WriteLine("Setting up sellers, ads, buyers, a community and a chat room...");
await workload.SetUpAsync(sellers: 4, adsPerSeller: 5, buyers: 8, ct);

// Capacity: closed loop, as fast as the platform answers.
var capacityRun = new MinuteStats();
using (var capacityStop = CancellationTokenSource.CreateLinkedTokenSource(ct))
{
    capacityStop.CancelAfter(TimeSpan.FromSeconds(options.CapacitySeconds));
    await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(async () =>
    {
        var random = new Random(w);
        while (!capacityStop.IsCancellationRequested)
        {
            capacityRun.Add(await workload.RunOneAsync(random, ct));
        }
    }, ct)));
}

var capacity = capacityRun.Count / (double)options.CapacitySeconds;
var rate = options.Rate ?? Math.Max(1, capacity * options.Load);
Say($"# Soak, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Say(string.Empty);
Say(string.Create(CultureInfo.InvariantCulture,
    $"{string.Join(", ", services)} and the gateway; {Environment.ProcessorCount} cores, load average {LoadAverage()} at start. Capacity (closed loop, {options.Concurrency} clients, {options.CapacitySeconds} s): {capacity:N0} req/s; soak at {rate:N0} req/s ({(options.Rate is null ? $"{options.Load * 100:0}% of it" : "as asked")}) for {options.Minutes:0.#} min, after a {options.WarmupSeconds} s warm-up at that rate (its row is apart; its errors count)."));
Say(string.Empty);
Say("Mix: browse 22%, search 14%, ad page 14%, buy 8%, forum feed 10%, post 4%, vote 10%, chat message 12%, analytics render 6%.");
Say(string.Empty);

// The soak: open loop at a fixed rate, so a slower platform queues instead of being asked less.
var minutes = (int)Math.Ceiling(options.Minutes);
var buckets = Enumerable.Range(0, minutes).Select(_ => new MinuteStats()).ToList();
var memory = new List<Dictionary<string, long>>();
var heaps = new List<Dictionary<string, long?>>();
using var metrics = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
async Task<Dictionary<string, long?>> HeapsAsync()
{
    var sampled = new Dictionary<string, long?>(StringComparer.Ordinal);
    foreach (var name in services.Append("gateway"))
    {
        var definition = platform.Services.FirstOrDefault(s => s.Name == name) ?? ServiceCatalog.Find(name);
        sampled[name] = definition is null ? null : await ManagedHeap.AfterLastCollectionAsync(metrics, platform.ManagementUrlOf(definition), ct);
    }

    return sampled;
}

// Open loop: requests start on schedule whether or not the earlier ones have come back.
var seed = new Random(42);
async Task OpenLoopAsync(TimeSpan duration, Func<TimeSpan, MinuteStats> bucketAt, Func<TimeSpan, Task> tick)
{
    var started = Stopwatch.StartNew();
    var inFlight = new List<Task>();
    long issued = 0;
    while (started.Elapsed < duration && !ct.IsCancellationRequested)
    {
        await tick(started.Elapsed);
        var due = (long)(started.Elapsed.TotalSeconds * rate);
        while (issued < due)
        {
            var bucket = bucketAt(started.Elapsed);
            var random = new Random(seed.Next());
            inFlight.Add(Task.Run(async () => bucket.Add(await workload.RunOneAsync(random, ct)), ct));
            issued++;
        }

        if (inFlight.Count > 4096)
        {
            inFlight.RemoveAll(t => t.IsCompleted);
        }

        await Task.Delay(5, ct);
    }

    await Task.WhenAll(inFlight);
}

// Access tokens last 10 minutes: sign the buyers in again every 4, as clients do, for as long as the load runs.
using var renewStop = CancellationTokenSource.CreateLinkedTokenSource(ct);
var renewing = Task.Run(async () =>
{
    using var every = new PeriodicTimer(TimeSpan.FromMinutes(4));
    while (await every.WaitForNextTickAsync(renewStop.Token))
    {
        await workload.RenewSignInsAsync(renewStop.Token);
    }
}, renewStop.Token);

// Warm-up at the soak's rate, reported apart: the capacity run's burst leaves caches, pools and tiered JIT settling.
var warmup = new MinuteStats();
await OpenLoopAsync(TimeSpan.FromSeconds(options.WarmupSeconds), _ => warmup, _ => Task.CompletedTask);

var nextMemory = TimeSpan.Zero;
await OpenLoopAsync(
    TimeSpan.FromMinutes(options.Minutes),
    elapsed => buckets[Math.Min((int)elapsed.TotalMinutes, minutes - 1)],
    async elapsed =>
    {
        if (elapsed >= nextMemory)
        {
            memory.Add(services.Append("gateway").ToDictionary(s => s, s => platform.ProcessIdOf(s) is { } pid ? ResidentBytes(pid) : 0));
            heaps.Add(await HeapsAsync());
            nextMemory += TimeSpan.FromMinutes(1);
        }
    });
await renewStop.CancelAsync();
try
{
    await renewing;
}
catch (OperationCanceledException)
{
}

memory.Add(services.Append("gateway").ToDictionary(s => s, s => platform.ProcessIdOf(s) is { } pid ? ResidentBytes(pid) : 0));
heaps.Add(await HeapsAsync());

Say("| minute | requests | req/s | errors | error rate | p50 | p99 | max |");
Say("|---|---|---|---|---|---|---|---|");
var allErrors = new Dictionary<string, int>(StringComparer.Ordinal);
var rows = (options.WarmupSeconds > 0 ? [("warm-up", warmup, (double)options.WarmupSeconds)] : Array.Empty<(string, MinuteStats, double)>())
    .Concat(buckets.Select((bucket, m) => ((m + 1).ToString(CultureInfo.InvariantCulture), bucket, Math.Min(60, (options.Minutes - m) * 60))));
foreach (var (label, bucket, seconds) in rows)
{
    var outcomes = bucket.Snapshot();
    var latencies = outcomes.Select(o => o.Milliseconds).Order().ToList();
    var errors = outcomes.Count(o => !o.Ok);
    foreach (var failed in outcomes.Where(o => !o.Ok))
    {
        var key = $"{failed.Operation} {failed.Status}";
        allErrors[key] = allErrors.GetValueOrDefault(key) + 1;
    }

    Say(string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {outcomes.Count:N0} | {outcomes.Count / seconds:N0} | {errors:N0} | {(outcomes.Count == 0 ? 0 : errors * 100.0 / outcomes.Count):0.00}% | {MinuteStats.Percentile(latencies, 0.5):F1} ms | {MinuteStats.Percentile(latencies, 0.99):F1} ms | {(latencies.Count > 0 ? latencies[^1] : double.NaN):F1} ms |"));
}

Say(string.Empty);
Say(allErrors.Count == 0 ? "Errors: none." : "Errors: " + string.Join(", ", allErrors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} ×{e.Value}")) + ".");
if (allErrors.Count > 0)
{
    Say(string.Empty);
    Say("Why the services answered 503 (their logs in bench/.state-soak/logs): " + OutageCauses.Summarize(Path.Combine(state, "logs")) + ".");
}
Say(string.Empty);
Say("Resident memory (RSS, MB) at the start of each minute and at the end:");
Say(string.Empty);
Say("| process | " + string.Join(" | ", memory.Select((_, i) => i < memory.Count - 1 ? $"min {i + 1}" : "end")) + " |");
Say("|---|" + string.Concat(memory.Select(_ => "---|")));
foreach (var service in services.Append("gateway"))
{
    Say($"| {service} | " + string.Join(" | ", memory.Select(m => (m[service] / 1048576.0).ToString("F0", CultureInfo.InvariantCulture))) + " |");
}

Say(string.Empty);
Say("Managed heap after the last garbage collection (MB; what stays alive, from each service's /metrics):");
Say(string.Empty);
Say("| process | " + string.Join(" | ", heaps.Select((_, i) => i < heaps.Count - 1 ? $"min {i + 1}" : "end")) + " |");
Say("|---|" + string.Concat(heaps.Select(_ => "---|")));
foreach (var service in services.Append("gateway"))
{
    Say($"| {service} | " + string.Join(" | ", heaps.Select(h => h[service] is { } bytes ? (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) : "?")) + " |");
}

// Reconcile once every consumer has caught up.
using var redis = await ConnectionMultiplexer.ConnectAsync(platform.RedisConnectionString + ",allowAdmin=true");
IReadOnlyList<EventLedger> ledgers = [];
var settleWatch = Stopwatch.StartNew();
while (settleWatch.Elapsed < TimeSpan.FromSeconds(120))
{
    ledgers = await EventLedger.ReadAsync(redis);
    if (ledgers.All(l => l.Settled))
    {
        break;
    }

    await Task.Delay(500, ct);
}

var bought = workload.Bought.Values.Sum();
long ordersStored;
long unitsOrdered;
long stockSold;
await using (var marketplace = await OpenAsync("marketplace"))
{
    (ordersStored, unitsOrdered) = await TwoAsync(marketplace, "SELECT count(*), coalesce(sum(quantity), 0) FROM orders", null);
    (stockSold, _) = await TwoAsync(marketplace, "SELECT coalesce(sum(@initial - stock), 0), 0 FROM adds WHERE id = ANY(@ids)", p =>
    {
        p.AddWithValue("initial", Workload.InitialStock);
        p.AddWithValue("ids", workload.AdIds.ToArray());
    });
}

long chatStored;
await using (var chat = await OpenAsync("chat"))
{
    (chatStored, _) = await TwoAsync(chat, "SELECT count(*), 0 FROM messages WHERE room_id = @room", p => p.AddWithValue("room", workload.Room));
}

var produced = new Dictionary<string, long>(StringComparer.Ordinal);
foreach (var service in platform.Services.Where(s => s.HasDatabase))
{
    await using var connection = await OpenAsync(service.Name);
    await using var command = new NpgsqlCommand("SELECT topic, count(*) FROM outbox_messages GROUP BY topic", connection);
    try
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            produced[reader.GetString(0)] = produced.GetValueOrDefault(reader.GetString(0)) + reader.GetInt64(1);
        }
    }
    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
    {
        // A service that raises no events has no outbox.
    }
}

Say(string.Empty);
Say("Reconciliation at the end:");
Say(string.Empty);
Say(string.Create(CultureInfo.InvariantCulture,
    $"- Orders: {bought:N0} purchases answered 201; {ordersStored:N0} orders stored for {unitsOrdered:N0} units; stock sold across the ads: {stockSold:N0}. {(bought == ordersStored && ordersStored == unitsOrdered && unitsOrdered == stockSold ? "All equal." : "MISMATCH.")}"));
Say(string.Create(CultureInfo.InvariantCulture,
    $"- Chat: {workload.ChatMessagesSent:N0} messages answered 201; {chatStored:N0} stored in the room. {(workload.ChatMessagesSent == chatStored ? "Equal." : "MISMATCH.")}"));
Say(string.Empty);
Say("| topic | raised (outbox rows) | in the stream | dead letters | consumer groups: read / lag / pending |");
Say("|---|---|---|---|---|");
foreach (var ledger in ledgers)
{
    Say(string.Create(CultureInfo.InvariantCulture,
        $"| {ledger.Topic} | {produced.GetValueOrDefault(ledger.Topic):N0} | {ledger.Added:N0} | {ledger.DeadLetters:N0} | {string.Join("; ", ledger.Groups.Select(g => $"{g.Group} {g.Read:N0} / {g.Lag} / {g.Pending}"))} |"));
}

var eventsLost = ledgers.Any(l => l.Added != produced.GetValueOrDefault(l.Topic) || l.DeadLetters > 0 || l.Groups.Any(g => g.Read != l.Added || g.Lag != 0 || g.Pending != 0));
Say(string.Empty);
Say(eventsLost ? "Events: MISMATCH (see the table)." : "Events: every event raised is in its stream and was read and acknowledged by every consumer group; no dead letters.");
Say(string.Empty);
Say($"Load average at the end: {LoadAverage()}.");
var results = Path.Combine(RepoPaths.Root, "bench", "results");
Directory.CreateDirectory(results);
await File.WriteAllTextAsync(Path.Combine(results, $"soak-{DateTime.UtcNow:yyyyMMddTHHmmssZ}.md"), report.ToString(), CancellationToken.None);
await platform.StopAsync();
return eventsLost || allErrors.Count > 0 ? 1 : 0;

async Task<NpgsqlConnection> OpenAsync(string service)
{
    var connection = new NpgsqlConnection(platform.DatabaseConnectionString(platform.Services.Single(s => s.Name == service)));
    await connection.OpenAsync(ct);
    return connection;
}

async Task<(long, long)> TwoAsync(NpgsqlConnection connection, string sql, Action<NpgsqlParameterCollection>? parameters)
{
    await using var command = new NpgsqlCommand(sql, connection);
    parameters?.Invoke(command.Parameters);
    await using var reader = await command.ExecuteReaderAsync(ct);
    await reader.ReadAsync(ct);
    return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
}

static long ResidentBytes(int pid)
{
    foreach (var line in File.ReadLines($"/proc/{pid}/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    return 0;
}

static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
