using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Agrovet.Bench.Chat;

/// <summary>
/// <c>--timeline</c>: what the machine did every 100 ms of a rate (the cores, the first chat's GC and JIT from its
/// <c>/metrics</c>, PostgreSQL's running vacuums), printed beside that 100 ms's slow deliveries, to tell a stall from
/// a queue. Console only, not the report.
/// </summary>
internal sealed class Timeline
{
    private const double SlowMilliseconds = 50;

    private readonly List<(long At, string Line)> _samples = [];
    private readonly Lock _gate = new();

    public static Timeline Start(IReadOnlyCollection<int> chatProcesses, Uri management, string database, CancellationToken ct)
    {
        var timeline = new Timeline();
        _ = Task.Run(() => timeline.SampleAsync(chatProcesses, management, database, ct), ct);
        return timeline;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _samples.Clear();
        }
    }

    /// <summary>The rate's slow deliveries per 100 ms (by arrival), beside what was sampled then; clears the samples.</summary>
    public void Print(List<double> latencies, List<long> receivedAt)
    {
        List<(long At, string Line)> samples;
        lock (_gate)
        {
            samples = [.. _samples];
            _samples.Clear();
        }

        if (latencies.Count == 0)
        {
            return;
        }

        var first = receivedAt.Min();
        var buckets = new SortedDictionary<long, int>();
        for (var i = 0; i < latencies.Count; i++)
        {
            var bucket = (receivedAt[i] - first) * 10 / Stopwatch.Frequency;
            buckets[bucket] = buckets.GetValueOrDefault(bucket) + (latencies[i] > SlowMilliseconds ? 1 : 0);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Timeline: {buckets.Values.Sum():N0} of {latencies.Count:N0} deliveries over {SlowMilliseconds} ms, in {buckets.Count(b => b.Value > 0)} of {buckets.Count} tenths of a second."));
        var last = buckets.Keys.Max();
        foreach (var (at, line) in samples)
        {
            var bucket = (at - first) * 10 / Stopwatch.Frequency;
            if (bucket >= 0 && bucket <= last)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bucket / 10.0,5:F1} s  slow {buckets.GetValueOrDefault(bucket),5}  {line}"));
            }
        }
    }

    private async Task SampleAsync(IReadOnlyCollection<int> chatProcesses, Uri management, string database, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await using var postgres = new NpgsqlConnection(database);
        await postgres.OpenAsync(ct);
        var cpuBefore = CpuUsage.Take(chatProcesses);
        var before = await RuntimeCounters.ReadAsync(http, management, ct);
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(100, ct);
            try
            {
                (cpuBefore, before) = await SampleOnceAsync(http, postgres, chatProcesses, management, cpuBefore, before, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                lock (_gate)
                {
                    _samples.Add((Stopwatch.GetTimestamp(), $"sample failed: {e.GetType().Name}: {e.Message}"));
                }
            }
        }
    }

    private async Task<(CpuUsage, RuntimeCounters?)> SampleOnceAsync(
        HttpClient http, NpgsqlConnection postgres, IReadOnlyCollection<int> chatProcesses, Uri management, CpuUsage cpuBefore, RuntimeCounters? before, CancellationToken ct)
    {
        var cpu = CpuUsage.Take(chatProcesses);
        var now = await RuntimeCounters.ReadAsync(http, management, ct) ?? before;
        var vacuums = new List<string>();
        try
        {
            await using var command = new NpgsqlCommand("SELECT relid::regclass::text, phase FROM pg_stat_progress_vacuum", postgres);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                vacuums.Add($"{reader.GetString(0)} ({reader.GetString(1)})");
            }
        }
        catch (NpgsqlException e)
        {
            // A vacuum's table dropped or renamed under the query: the next sample asks again.
            vacuums.Add($"? ({e.Message})");
        }

        var runtime = now is { } n && before is { } b
            ? string.Create(CultureInfo.InvariantCulture,
                $"GC {n.GcPauseSeconds - b.GcPauseSeconds:0.000} s, {n.Collections - b.Collections} collections | JIT {n.JitSeconds - b.JitSeconds:0.000} s, {n.JitMethods - b.JitMethods} methods")
            : "no /metrics";
        lock (_gate)
        {
            _samples.Add((Stopwatch.GetTimestamp(), $"CPU {CpuUsage.Describe(cpuBefore, cpu)} | {runtime} | vacuum: {(vacuums.Count > 0 ? string.Join(", ", vacuums) : "-")}"));
        }

        return (cpu, now);
    }
}
