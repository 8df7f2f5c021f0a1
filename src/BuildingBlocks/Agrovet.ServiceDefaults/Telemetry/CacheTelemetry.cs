using System.Diagnostics.Metrics;

namespace Agrovet.ServiceDefaults.Telemetry;

/// <summary>
/// <c>agrovet.cache.requests</c>: lookups of a service's caches, tagged with the cache's name and <c>result</c> hit or
/// miss (a miss went to the database), for the hit ratio. Collected with every "Agrovet.*" meter.
/// </summary>
public static class CacheTelemetry
{
    private static readonly Meter Meter = new("Agrovet.Cache");

    private static readonly Counter<long> Requests =
        Meter.CreateCounter<long>("agrovet.cache.requests", "{request}", "Cache lookups by result: hit, or miss (read from the database).");

    public static void Hit(string cache) => Record(cache, "hit");

    public static void Miss(string cache) => Record(cache, "miss");

    private static void Record(string cache, string result) =>
        Requests.Add(1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", result));
}
