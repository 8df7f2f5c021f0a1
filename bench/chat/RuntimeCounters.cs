using System.Globalization;

namespace Agrovet.Bench.Chat;

/// <summary>
/// The runtime's GC and JIT totals from a service's <c>/metrics</c> (Prometheus text). The exporter refreshes them
/// every few hundred milliseconds, so a 100 ms difference is often zero and then the sum of several.
/// </summary>
internal readonly record struct RuntimeCounters(double GcPauseSeconds, long Collections, double JitSeconds, long JitMethods)
{
    public static async Task<RuntimeCounters?> ReadAsync(HttpClient http, Uri management, CancellationToken ct)
    {
        string text;
        try
        {
            text = await http.GetStringAsync(new Uri(management, "/metrics"), ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }

        double pause = 0, jit = 0;
        long collections = 0, methods = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || line.LastIndexOf(' ') is var space && space < 0
                || !double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            if (line.StartsWith("dotnet_gc_pause_time_seconds_total", StringComparison.Ordinal))
            {
                pause += value;
            }
            else if (line.StartsWith("dotnet_gc_collections_total", StringComparison.Ordinal))
            {
                collections += (long)value;
            }
            else if (line.StartsWith("dotnet_jit_compilation_time_seconds_total", StringComparison.Ordinal))
            {
                jit += value;
            }
            else if (line.StartsWith("dotnet_jit_compiled_methods_total", StringComparison.Ordinal))
            {
                methods += (long)value;
            }
        }

        return new RuntimeCounters(pause, collections, jit, methods);
    }
}
