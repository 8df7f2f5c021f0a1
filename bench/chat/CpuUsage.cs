using System.Globalization;

namespace Agrovet.Bench.Chat;

/// <summary>
/// Where the machine's CPU went during a rate, from <c>/proc</c> (Linux): how busy all cores were, and the cores used by
/// the chat instances, PostgreSQL, Redis and this process (the clients). Saturation is read off it: a rate at which the
/// cores are all busy is past what the machine can carry, whatever the deliveries per second still say.
/// </summary>
internal sealed class CpuUsage
{
    private readonly long _total;
    private readonly long _idle;
    private readonly long _chat;
    private readonly long _postgres;
    private readonly long _redis;
    private readonly long _clients;

    private CpuUsage(long total, long idle, long chat, long postgres, long redis, long clients) =>
        (_total, _idle, _chat, _postgres, _redis, _clients) = (total, idle, chat, postgres, redis, clients);

    public const string Header = "machine CPU busy | chat / PostgreSQL / Redis / clients (cores)";

    public static CpuUsage Take(IReadOnlyCollection<int> chatProcesses)
    {
        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice" (guest time is counted in user already).
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        long chat = 0, postgres = 0, redis = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid) || Ticks(pid) is not { } process)
            {
                continue;
            }

            if (chatProcesses.Contains(pid))
            {
                chat += process.Ticks;
            }
            else if (process.Name == "postgres")
            {
                postgres += process.Ticks;
            }
            else if (process.Name == "redis-server")
            {
                redis += process.Ticks;
            }
        }

        return new CpuUsage(fields.Sum(), fields[3] + fields[4], chat, postgres, redis, Ticks(Environment.ProcessId)?.Ticks ?? 0);
    }

    /// <summary>The table cells for the time between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static string Describe(CpuUsage before, CpuUsage after)
    {
        var total = after._total - before._total;
        if (total <= 0)
        {
            return "? | ?";
        }

        // Ticks of one core over the interval: the whole machine's ticks divided among its cores.
        var perCore = total / (double)Environment.ProcessorCount;
        string Cores(long ticks) => (ticks / perCore).ToString("F2", CultureInfo.InvariantCulture);
        var busy = 1 - ((after._idle - before._idle) / (double)total);
        return string.Create(CultureInfo.InvariantCulture,
            $"{busy:P0} | {Cores(after._chat - before._chat)} / {Cores(after._postgres - before._postgres)} / {Cores(after._redis - before._redis)} / {Cores(after._clients - before._clients)}");
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
