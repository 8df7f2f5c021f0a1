namespace Agrovet.Bench.Chat;

/// <summary>Deliveries and their send-to-receive latencies, from every client at once.</summary>
internal sealed class LatencyLog
{
    private readonly Lock _gate = new();
    private List<double> _milliseconds = new(1 << 20);

    public void Add(TimeSpan latency)
    {
        lock (_gate)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    /// <summary>Everything recorded since the last call.</summary>
    public List<double> Take()
    {
        lock (_gate)
        {
            var taken = _milliseconds;
            _milliseconds = new List<double>(1 << 20);
            return taken;
        }
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
