using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.Gateway.Security;

/// <summary>
/// Puts security headers and CORS in front of the whole pipeline, ahead of the shared error handling, so that every
/// answer (413, 429, 503 included) carries them and preflights are answered here without reaching a service.
/// </summary>
public sealed class EdgeSecurityStartupFilter : IStartupFilter
{
    // The first segment of every HTTP prefix of the catalog (/api, /compute); browsers do not preflight WebSockets.
    private static readonly string[] ApiPrefixes =
    [
        .. ServiceCatalog.Upstreams.SelectMany(s => s.Routes).Where(r => !r.WebSocket).Select(r => r.TopSegment)
            .Append("/api")
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseCors());
        next(app);
    };

    private static bool IsApi(PathString path) =>
        ApiPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
