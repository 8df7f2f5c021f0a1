namespace Agrovet.Bench.Soak;

/// <summary>The outcomes of one minute of the soak.</summary>
internal sealed class MinuteStats
{
    private readonly List<Outcome> _outcomes = [];

    public int Count
    {
        get
        {
            lock (_outcomes)
            {
                return _outcomes.Count;
            }
        }
    }

    public void Add(Outcome outcome)
    {
        lock (_outcomes)
        {
            _outcomes.Add(outcome);
        }
    }

    public IReadOnlyList<Outcome> Snapshot()
    {
        lock (_outcomes)
        {
            return [.. _outcomes];
        }
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
