using System.Diagnostics;

namespace Agrovet.Bench.Compute;

/// <summary>Runs an action after warm-up runs and keeps every timing; reports the median, the best and the worst.</summary>
internal sealed class Timings
{
    private readonly List<double> _milliseconds = [];
    private readonly List<double> _cpuMilliseconds = [];

    public static Timings Measure(int warmups, int runs, Action action)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }
        var timings = new Timings();
        for (var i = 0; i < runs; i++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            action();
            timings._milliseconds.Add(clock.Elapsed.TotalMilliseconds);
            timings._cpuMilliseconds.Add((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
        }
        return timings;
    }

    public double Median => Percentile(0.5);

    public double Best => _milliseconds.Min();

    /// <summary>
    /// Median CPU time of the process per run: on a shared machine a run waits for the cores, and CPU time leaves out
    /// the waiting (not the other programs' cache and memory traffic).
    /// </summary>
    public double CpuMedian => _cpuMilliseconds.Order().ElementAt(_cpuMilliseconds.Count / 2);

    public double Worst => _milliseconds.Max();

    /// <summary>Spread of the runs: (worst - best) / median.</summary>
    public double Noise => (Worst - Best) / Median;

    public double Percentile(double fraction)
    {
        var sorted = _milliseconds.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(fraction * sorted.Count))];
    }

    public string Describe() => $"{Median:F1} ms (best {Best:F1}, worst {Worst:F1})";
}
