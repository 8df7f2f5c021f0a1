using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Agrovet.Bench.Chat;
using Agrovet.Bench.Soak;
using Agrovet.Gateway.Routing;
using Agrovet.LocalInfrastructure;
using Agrovet.Testing;

// dotnet run -c Release --project bench/chat -- [--instances 1|2] [--rates 1000,2000,4000 | 0] [--seconds 10] [--settle 10] [--warmup 60] [--warmup-rate 4000] [--idle 10000] [--timeline] [--websocket-clients] [--spread] [--bursts]
var options = BenchArgs.Parse(args);
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

var infrastructure = await TestInfrastructure.GetAsync();
await using var auth = await AuthServer.StartAsync(cancellationToken: ct);
var database = await infrastructure.CreateDatabaseAsync("chat", ct);
var logs = TestDirectory.Create("chat-bench");
var prefix = $"bench-chat-{Guid.NewGuid():N}:";
var chatAssembly = RepoPaths.ServiceAssembly("src/Services/Chat", "Agrovet.Chat");
var instances = new List<(DotnetProcess Process, Uri Url, Uri Management)>();
for (var i = 0; i < options.Instances; i++)
{
    var url = new Uri($"http://127.0.0.1:{FreePort.Next()}");
    var management = new Uri($"http://127.0.0.1:{FreePort.Next()}");
    var environment = new Dictionary<string, string>
    {
        ["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/'),
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Agrovet__ManagementPort"] = management.Port.ToString(CultureInfo.InvariantCulture),
        ["ConnectionStrings__Postgres"] = database,
        ["ConnectionStrings__Redis"] = auth.RedisConnectionString,
        ["AUTH_INTERNAL_URL"] = auth.Url.ToString(),
        ["EventBus__StreamKeyPrefix"] = auth.StreamKeyPrefix,
        ["EventBus__ConsumerGroup"] = "chat-bench",
        ["Chat__ChannelPrefix"] = prefix,
        ["Chat__FramesPerSecond"] = "1000",
        ["Chat__FrameBurst"] = "1000",
        ["Chat__SendQueueFrames"] = "8192",
        ["Logging__LogLevel__Default"] = "Warning",
        ["AGROVET_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        ["LOG_FORMAT"] = "text",
    };
    if (i == 0)
    {
        await using var migrate = DotnetProcess.Start("chat-migrate", chatAssembly, ["migrate"], environment, logs.Combine("chat.migrate.log"));
        await migrate.WaitForExitAsync(ct);
    }

    var process = DotnetProcess.Start($"chat-{i}", chatAssembly, [], environment, logs.Combine($"chat-{i}.log"));
    await WaitReadyAsync(url, process, ct);
    instances.Add((process, url, management));
}

// 10 people, each a member of all 100 groups: 1,000 connections (person, room), 10 per room.
var people = new List<SignedInUser>();
for (var i = 0; i < options.Members; i++)
{
    people.Add(await auth.SignUpAsync());
}

using var owner = new HttpClient { BaseAddress = instances[0].Url, Timeout = TimeSpan.FromSeconds(60) }.WithBearer(people[0].AccessToken);
var rooms = new List<long>();
for (var r = 0; r < options.Rooms; r++)
{
    rooms.Add(await CreateGroupAsync(owner, $"bench {r}", [.. people.Skip(1).Select(p => p.Id)], ct));
}

// Each socket opens with a single-use ticket from auth, as the web app's do.
using var tickets = new HttpClient { BaseAddress = auth.Url, Timeout = TimeSpan.FromSeconds(30) };
var log = new LatencyLog();
var clients = new List<ILoadClient>();
foreach (var (room, r) in rooms.Select((room, r) => (room, r)).Where(_ => options.Rates.Count > 0))
{
    for (var m = 0; m < people.Count; m++)
    {
        var instance = options.Spread
            ? instances[(r * people.Count + m) % instances.Count]
            : instances[RendezvousHash.Pick(room.ToString(CultureInfo.InvariantCulture), instances, static i => i.Url.ToString())];
        var uri = await SocketUriAsync(tickets, instance.Url, room, people[m].AccessToken, ct);
        clients.Add(options.WebSocketClients ? await BenchClient.ConnectAsync(uri, log, ct) : PolledClient.Connect(uri, log));
    }
}

// Two threads read the polled clients: one would be the ceiling near 100,000 deliveries/s.
var poller = options.WebSocketClients ? null : new ClientPoller([.. clients.OfType<PolledClient>()], threads: 2);

// The order of the senders: client i is member i % members of room i / members; spread, consecutive messages go to
// consecutive rooms (message k to room k % rooms), as independent conversations would.
var senders = options.Bursts
    ? clients
    : [.. Enumerable.Range(0, clients.Count).Select(k => clients[(k % rooms.Count * people.Count) + (k / rooms.Count % people.Count)])];

Say($"# Chat benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Say(string.Empty);
Say($"{options.Instances} chat instance(s), {clients.Count} clients in {rooms.Count} rooms ({people.Count} members each), {Environment.ProcessorCount} cores, load average {LoadAverage()} at start; {options.Warmup} s at {options.WarmupRate:N0} messages/s first and {options.Settle} s at each rate before its {options.Seconds} recorded ones; {(options.Bursts ? "each room's members send back to back (--bursts)" : "consecutive messages go to different rooms")}; {(options.WebSocketClients ? "ClientWebSocket clients (--websocket-clients)" : "clients on plain sockets, read by two polling threads")}{(options.Instances < 2 ? "" : options.Spread ? "; each room's members spread over the instances (--spread)" : "; each room's members on the instance the gateway picks for the room")}.");
if (options.Rates.Count > 0)
{
    Say(string.Empty);
    Say($"| offered messages/s | sent | deliveries | deliveries/s | p50 | p99 | max | {CpuUsage.Header} | {ChatStages.Header} |");
    Say("|---|---|---|---|---|---|---|---|---|---|---|---|");
    // A service that has been running, as in the other benchmarks: a cold one spends its first seconds under load in
    // the JIT's lower tiers (the first rate's p99 was 90-215 ms at 500 messages/s without this).
    await SendAtRateAsync(senders, options.WarmupRate, TimeSpan.FromSeconds(options.Warmup), ct);
    await Task.Delay(3000, ct);
    log.Take();
}

var chatProcesses = instances.Select(i => i.Process.ProcessId).ToHashSet();
var timeline = options.Timeline ? Timeline.Start(chatProcesses, instances[0].Management, database, ct) : null;
using var stagesHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
var managements = instances.Select(i => i.Management).ToList();
foreach (var rate in options.Rates)
{
    if (options.Settle > 0)
    {
        await SendAtRateAsync(senders, rate, TimeSpan.FromSeconds(options.Settle), ct);
        log.Take();
        timeline?.Clear();
    }

    var stagesBefore = await ChatStages.ReadAsync(stagesHttp, managements, ct);
    var cpuBefore = CpuUsage.Take(chatProcesses);
    var sent = await SendAtRateAsync(senders, rate, TimeSpan.FromSeconds(options.Seconds), ct);
    var cpu = CpuUsage.Describe(cpuBefore, CpuUsage.Take(chatProcesses));
    // Let the tail arrive (and the exporter's next reading, a few hundred milliseconds old at most, include it).
    await Task.Delay(3000, ct);
    var stages = ChatStages.Describe(stagesBefore, await ChatStages.ReadAsync(stagesHttp, managements, ct));
    var (latencies, at) = log.TakeWithTimes();
    timeline?.Print(latencies, at);

    latencies.Sort();
    var perSecond = latencies.Count / (options.Seconds + 0.0);
    Say(string.Create(CultureInfo.InvariantCulture,
        $"| {rate:N0} | {sent:N0} | {latencies.Count:N0} | {perSecond:N0} | {LatencyLog.Percentile(latencies, 0.5):F1} ms | {LatencyLog.Percentile(latencies, 0.99):F1} ms | {(latencies.Count > 0 ? latencies[^1] : double.NaN):F1} ms | {cpu} | {stages} |"));
}

poller?.Dispose();
foreach (var client in clients)
{
    await client.CloseAsync();
}

if (options.Idle > 0)
{
    var target = instances[0];
    using var metrics = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    // The load's sockets (and any backlog of the last rate) gone first: a "before" that still holds them understates the difference.
    await QuietAsync(target.Process.ProcessId, ct);
    var before = ResidentBytes(target.Process.ProcessId);
    var heapBefore = await QuietHeapAsync(metrics, target, Path.Combine(Path.GetTempPath(), $"chat-idle-before-{target.Process.ProcessId}.gcdump"), ct);
    var idle = new List<BenchClient>(options.Idle);
    var quiet = new LatencyLog();
    for (var i = 0; i < options.Idle; i++)
    {
        idle.Add(await BenchClient.ConnectAsync(
            await SocketUriAsync(tickets, target.Url, rooms[i % rooms.Count], people[(i / rooms.Count) % people.Count].AccessToken, ct), quiet, ct));
    }

    await Task.Delay(5000, ct);
    var after = ResidentBytes(target.Process.ProcessId);
    var heapAfter = await QuietHeapAsync(metrics, target, Path.Combine(Path.GetTempPath(), $"chat-idle-after-{target.Process.ProcessId}.gcdump"), ct);
    Say(string.Empty);
    Say(string.Create(CultureInfo.InvariantCulture,
        $"Idle: {idle.Count:N0} connections held by one instance; its resident memory {before / 1048576.0:F0} MB → {after / 1048576.0:F0} MB, {(after - before) / 1024.0 / idle.Count:F1} KB per idle connection."));
    if (heapBefore is { } hb && heapAfter is { } ha)
    {
        Say(string.Create(CultureInfo.InvariantCulture,
            $"Managed heap after the last GC: {hb / 1048576.0:F1} MB → {ha / 1048576.0:F1} MB, {(ha - hb) / 1024.0 / idle.Count:F1} KB per idle connection."));
    }

    foreach (var client in idle)
    {
        await client.CloseAsync();
    }
}

Say(string.Empty);
Say($"Load average at the end: {LoadAverage()}.");
var results = Path.Combine(RepoPaths.Root, "bench", "results");
Directory.CreateDirectory(results);
await File.WriteAllTextAsync(Path.Combine(results, $"chat-{options.Instances}x-{DateTime.UtcNow:yyyyMMddTHHmmssZ}.md"), report.ToString(), ct);
foreach (var (process, _, _) in instances)
{
    await process.DisposeAsync();
}

return 0;

static async Task<Uri> SocketUriAsync(HttpClient tickets, Uri http, long room, string token, CancellationToken ct)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token/socket/");
    request.Headers.Authorization = new("Bearer", token);
    using var response = await tickets.SendAsync(request, ct);
    response.EnsureSuccessStatusCode();
    var ticket = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("ticket").GetString();
    return new($"ws://{http.Host}:{http.Port}/ws/chat/{room}/?ticket={ticket}");
}

static async Task<long> CreateGroupAsync(HttpClient client, string name, long[] members, CancellationToken ct)
{
    // The members' user.created events may still be on their way: ask again until the chat knows them.
    for (var attempt = 0; ; attempt++)
    {
        using var response = await client.PostAsJsonAsync("/api/chat/rooms/", new { kind = "group", name, member_ids = members }, ct);
        if (response.IsSuccessStatusCode)
        {
            var room = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            return room.GetProperty("id").GetInt64();
        }

        if (attempt > 100)
        {
            throw new InvalidOperationException($"Could not create a group: {await response.Content.ReadAsStringAsync(ct)}");
        }

        await Task.Delay(200, ct);
    }
}

static async Task<long> SendAtRateAsync(List<ILoadClient> clients, int rate, TimeSpan duration, CancellationToken ct)
{
    var started = Stopwatch.GetTimestamp();
    long sent = 0;
    var next = 0;
    var sends = new List<Task>();
    while (Stopwatch.GetElapsedTime(started) < duration)
    {
        var due = (long)(Stopwatch.GetElapsedTime(started).TotalSeconds * rate);
        while (sent < due)
        {
            sends.Add(clients[next].SendAsync(ct));
            next = (next + 1) % clients.Count;
            sent++;
        }

        if (sends.Count > 10_000)
        {
            await Task.WhenAll(sends);
            sends.Clear();
        }

        await Task.Delay(5, ct);
    }

    await Task.WhenAll(sends);
    return sent;
}

static async Task WaitReadyAsync(Uri url, DotnetProcess process, CancellationToken ct)
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
    await Poll.UntilAsync(
        async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"chat exited during start-up:\n{process.LogTail(30)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health/ready"), ct);
                return response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        },
        TimeSpan.FromSeconds(120),
        "the chat service to become ready",
        ct);
}

// The heap as the chat's last GC left it. With dotnet-gcdump on the PATH a dump is taken first (kept in the temporary
// folder for `dotnet-gcdump report`): it forces a full collection, so the figure is what is alive now, not at the last gen-0 GC.
static async Task<long?> QuietHeapAsync(HttpClient metrics, (DotnetProcess Process, Uri Url, Uri Management) target, string dump, CancellationToken ct)
{
    try
    {
        using var gcdump = Process.Start(new ProcessStartInfo("dotnet-gcdump", ["collect", "-p", target.Process.ProcessId.ToString(CultureInfo.InvariantCulture), "-o", dump])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        });
        if (gcdump is not null)
        {
            await Task.WhenAll(gcdump.StandardOutput.ReadToEndAsync(ct), gcdump.StandardError.ReadToEndAsync(ct), gcdump.WaitForExitAsync(ct));
            Console.WriteLine(File.Exists(dump) ? $"GC dump: {dump}" : $"dotnet-gcdump failed ({gcdump.ExitCode}).");
        }
    }
    catch (System.ComponentModel.Win32Exception)
    {
        // Not installed (dotnet tool install -g dotnet-gcdump): the last collection's figure is the best there is.
    }

    await Task.Delay(1000, ct);
    return await ManagedHeap.AfterLastCollectionAsync(metrics, target.Management, ct);
}

// Until the chat is idle (under 5% of a core for two seconds running; at most a minute): the backlog of the last rate
// stored and sent, the load's sockets closed and released.
static async Task QuietAsync(int pid, CancellationToken ct)
{
    static long Ticks(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    var until = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
    var quietSeconds = 0;
    var last = Ticks(pid);
    while (Stopwatch.GetTimestamp() < until && quietSeconds < 2)
    {
        await Task.Delay(1000, ct);
        var now = Ticks(pid);
        quietSeconds = now - last <= 5 ? quietSeconds + 1 : 0;
        last = now;
    }

    if (quietSeconds < 2)
    {
        Console.WriteLine("The chat was still busy after a minute; measuring anyway.");
    }
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
