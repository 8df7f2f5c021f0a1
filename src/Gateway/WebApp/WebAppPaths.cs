using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.Gateway.WebApp;

/// <summary>Which requests belong to the web app rather than to the API, the services or the gateway's own endpoints.</summary>
public static class WebAppPaths
{
    // The gateway's own endpoints, and the first segment of every prefix it routes to a service (/api, /ws, /compute).
    private static readonly string[] ReservedPrefixes =
    [
        .. new[] { "/api", "/health", "/metrics", "/docs", "/openapi" }
            .Concat(ServiceCatalog.Upstreams.SelectMany(s => s.Routes).Select(r => r.TopSegment))
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];

    public static bool IsReserved(PathString path) =>
        ReservedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Vite puts content-hashed bundles under /assets/: their names change whenever their content does.</summary>
    public static bool IsHashedAsset(PathString path) => path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase);
}
