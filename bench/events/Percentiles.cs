namespace Agrovet.Bench.Events;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile of ascending <paramref name="sorted"/>.</summary>
    public static double Of(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
