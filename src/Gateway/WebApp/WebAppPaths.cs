namespace Agrovet.Gateway.WebApp;

/// <summary>Which requests belong to the web app rather than to the API, the services or the gateway's own endpoints.</summary>
public static class WebAppPaths
{
    private static readonly string[] ReservedPrefixes = ["/api", "/ws", "/compute", "/health", "/metrics", "/docs", "/openapi"];

    public static bool IsReserved(PathString path) =>
        ReservedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Vite puts content-hashed bundles under /assets/: their names change whenever their content does.</summary>
    public static bool IsHashedAsset(PathString path) => path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase);
}
