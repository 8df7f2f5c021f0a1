namespace Agrovet.Gateway.Security;

/// <summary>
/// Puts security headers and CORS in front of the whole pipeline, ahead of the shared error handling, so that every
/// answer (413, 429, 503 included) carries them and preflights are answered here without reaching a service.
/// </summary>
public sealed class EdgeSecurityStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseCors());
        next(app);
    };

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/compute", StringComparison.OrdinalIgnoreCase);
}
