using System.Diagnostics;

namespace Agrovet.Bench.Chat;

/// <summary>Deliveries and their send-to-receive latencies, from every client at once.</summary>
internal sealed class LatencyLog
{
    private readonly Lock _gate = new();
    private List<double> _milliseconds = new(1 << 20);
    private List<long> _at = new(1 << 20);

    public void Add(TimeSpan latency)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
            _at.Add(now);
        }
    }

    /// <summary>Everything recorded since the last call.</summary>
    public List<double> Take() => TakeWithTimes().Latencies;

    /// <summary>Everything recorded since the last call, with when each delivery arrived (<see cref="Stopwatch"/> ticks).</summary>
    public (List<double> Latencies, List<long> At) TakeWithTimes()
    {
        lock (_gate)
        {
            var taken = (_milliseconds, _at);
            _milliseconds = new List<double>(1 << 20);
            _at = new List<long>(1 << 20);
            return taken;
        }
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
