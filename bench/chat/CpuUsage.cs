using System.Diagnostics;
using System.Globalization;

namespace Agrovet.Bench.Chat;

/// <summary>
/// Where the machine's CPU went during a rate, from <c>/proc</c> (Linux): how busy all cores were, and the cores used by
/// the chat instances, PostgreSQL, Redis and this process (the clients). Saturation is read off it: a rate at which the
/// cores are all busy is past what the machine can carry, whatever the deliveries per second still say. The CPU
/// pressure (the kernel's pressure stall information, <c>/proc/pressure/cpu</c>, "some") is the share of the time in
/// which at least one thread that could run waited for a core: the queue for the cores, which a send-to-receive
/// latency includes.
/// </summary>
internal sealed class CpuUsage
{
    private readonly long _total;
    private readonly long _idle;
    private readonly Dictionary<int, (Kind Kind, long Ticks)> _processes;
    private readonly long _stalledMicroseconds;
    private readonly long _timestamp;

    private CpuUsage(long total, long idle, Dictionary<int, (Kind Kind, long Ticks)> processes, long stalledMicroseconds) =>
        (_total, _idle, _processes, _stalledMicroseconds, _timestamp) = (total, idle, processes, stalledMicroseconds, Stopwatch.GetTimestamp());

    private enum Kind
    {
        Chat,
        Postgres,
        Redis,
        Clients,
    }

    public const string Header = "machine CPU busy | CPU pressure | chat / PostgreSQL / Redis / clients (cores)";

    public static CpuUsage Take(IReadOnlyCollection<int> chatProcesses)
    {
        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice" (guest time is counted in user already).
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var processes = new Dictionary<int, (Kind, long)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid) || Ticks(pid) is not { } process)
            {
                continue;
            }

            Kind? kind = chatProcesses.Contains(pid) ? Kind.Chat
                : pid == Environment.ProcessId ? Kind.Clients
                : process.Name == "postgres" ? Kind.Postgres
                : process.Name == "redis-server" ? Kind.Redis
                : null;
            if (kind is { } k)
            {
                processes[pid] = (k, process.Ticks);
            }
        }

        return new CpuUsage(fields.Sum(), fields[3] + fields[4], processes, StalledMicroseconds());
    }

    /// <summary>The table cells for the time between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static string Describe(CpuUsage before, CpuUsage after)
    {
        var total = after._total - before._total;
        if (total <= 0)
        {
            return "? | ? | ?";
        }

        // Per process, so one that ends in between (a PostgreSQL backend, a vacuum worker) takes nothing away; one that
        // starts in between counts from zero. Ticks of one core over the interval: the machine's ticks divided among its cores.
        var used = new Dictionary<Kind, long>();
        foreach (var (pid, (kind, ticks)) in after._processes)
        {
            var start = before._processes.TryGetValue(pid, out var earlier) && earlier.Kind == kind ? earlier.Ticks : 0;
            used[kind] = used.GetValueOrDefault(kind) + ticks - start;
        }

        var perCore = total / (double)Environment.ProcessorCount;
        string Cores(Kind kind) => (used.GetValueOrDefault(kind) / perCore).ToString("F2", CultureInfo.InvariantCulture);
        var busy = 1 - ((after._idle - before._idle) / (double)total);
        var elapsedMicroseconds = Stopwatch.GetElapsedTime(before._timestamp, after._timestamp).TotalMicroseconds;
        var pressure = before._stalledMicroseconds < 0 || after._stalledMicroseconds < 0
            ? "?"
            : ((after._stalledMicroseconds - before._stalledMicroseconds) / elapsedMicroseconds).ToString("P0", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{busy:P0} | {pressure} | {Cores(Kind.Chat)} / {Cores(Kind.Postgres)} / {Cores(Kind.Redis)} / {Cores(Kind.Clients)}");
    }

    /// <summary>Microseconds in which some runnable thread waited for a core since boot, or -1 without PSI.</summary>
    private static long StalledMicroseconds()
    {
        try
        {
            // "some avg10=1.00 avg60=0.50 avg300=0.20 total=123456"
            var some = File.ReadLines("/proc/pressure/cpu").First();
            return long.Parse(some[(some.LastIndexOf('=') + 1)..], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return -1;
        }
    }

    /// <summary>The process's name and its user and system ticks, or null when it is gone.</summary>
    private static (string Name, long Ticks)? Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var rest = stat[(close + 2)..].Split(' ');
            // After "(name) ": state is field 3, utime field 14 and stime field 15 of the whole line.
            return (stat[(open + 1)..close], long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
