using System.Diagnostics.Metrics;

namespace Agrovet.ServiceDefaults.Telemetry;

/// <summary>
/// Bucket boundaries for the platform's own histograms. OpenTelemetry's defaults (0, 5, 10, … 10,000) are meant for
/// milliseconds: a duration recorded in seconds, as OpenTelemetry's conventions want, would land almost always in the
/// first bucket, and a p99 read from the buckets would be meaningless.
/// </summary>
public static class HistogramAdvice
{
    /// <summary>Durations in seconds, from a millisecond (a quiet hand-off) to a minute (a backlog).</summary>
    public static InstrumentAdvice<double> Seconds { get; } = new()
    {
        HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60],
    };
}
