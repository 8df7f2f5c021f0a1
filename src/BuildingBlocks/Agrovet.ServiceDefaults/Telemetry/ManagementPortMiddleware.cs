using Agrovet.ServiceDefaults.Localization;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace Agrovet.ServiceDefaults.Telemetry;

/// <summary>
/// Keeps the two listeners apart by the port a request arrived on (which a client cannot choose the way it chooses
/// a Host header): <c>/metrics</c> answers only on the management port, and only <c>/metrics</c> and health answer there.
/// </summary>
internal sealed class ManagementPortMiddleware(RequestDelegate next, ManagementPortMiddleware.Settings settings)
{
    public const string MetricsPath = "/metrics";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var metrics = path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);
        if (settings.Port is { } port && context.Connection.LocalPort == port)
        {
            return metrics || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                ? next(context)
                : Problem.NotFound(SharedMessages.FormatManagementPortOnly(MetricsPath, port)).ExecuteAsync(context);
        }

        return metrics
            ? Problem.NotFound(SharedMessages.FormatMetricsNotHere(MetricsPath, ManagementEndpoint.PortKey)).ExecuteAsync(context)
            : next(context);
    }

    /// <summary>The management port, or null when the process has none.</summary>
    public sealed record Settings(int? Port);
}
