using Agrovet.Bench.Soak;

namespace Agrovet.Bench.Chat;

/// <summary>
/// The runtime's GC and JIT totals from a service's <c>/metrics</c>. The exporter refreshes them every few hundred
/// milliseconds, so a 100 ms difference is often zero and then the sum of several.
/// </summary>
internal readonly record struct RuntimeCounters(double GcPauseSeconds, long Collections, double JitSeconds, long JitMethods)
{
    public static async Task<RuntimeCounters?> ReadAsync(HttpClient http, Uri management, CancellationToken ct)
    {
        if (await ServiceMetrics.ReadAsync(http, management, ct) is not { } lines)
        {
            return null;
        }

        double Sum(string metric) => ServiceMetrics.Sum(lines, metric) ?? 0;
        return new RuntimeCounters(
            Sum("dotnet_gc_pause_time_seconds_total"),
            (long)Sum("dotnet_gc_collections_total"),
            Sum("dotnet_jit_compilation_time_seconds_total"),
            (long)Sum("dotnet_jit_compiled_methods_total"));
    }
}
