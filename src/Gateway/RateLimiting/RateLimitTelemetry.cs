using System.Diagnostics.Metrics;

namespace Agrovet.Gateway.RateLimiting;

/// <summary>
/// <c>agrovet.gateway.rate_limit.rejected</c>: requests answered 429, per policy. Both policies' series start at zero with
/// the first request, so an alert on their increase sees the first rejection.
/// </summary>
public static class RateLimitTelemetry
{
    public const string MeterName = "Agrovet.Gateway";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Rejected =
        Meter.CreateCounter<long>("agrovet.gateway.rate_limit.rejected", "{request}", "Requests refused with 429 because the client's budget was spent.");

    private static int _started;

    public static void Reject(RateLimitPolicy policy) =>
        Rejected.Add(1, new KeyValuePair<string, object?>("policy", policy.Name));

    /// <summary>Called with every request; only the first one (once the metrics are being collected) does anything.</summary>
    public static void EnsureStarted()
    {
        if (Volatile.Read(ref _started) == 1 || Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        foreach (var policy in new[] { "strict", "default" })
        {
            Rejected.Add(0, new KeyValuePair<string, object?>("policy", policy));
        }
    }
}
