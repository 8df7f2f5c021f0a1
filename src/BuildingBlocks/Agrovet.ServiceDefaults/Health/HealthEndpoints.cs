using System.Text.Json;
using Agrovet.ServiceDefaults.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Agrovet.ServiceDefaults.Health;

/// <summary>
/// <c>/health/</c> says the process is alive (and shows the checks tagged "live", which report at worst Degraded, so
/// the gateway can show its services there; see <see cref="LiveHealthResponder"/>); <c>/health/ready</c> runs the
/// checks tagged "ready" (database, Redis) on every call.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";
    public const string LiveTag = "live";

    internal static void MapAgrovetHealth(this IEndpointRouteBuilder endpoints)
    {
        var service = endpoints.ServiceProvider.GetService(typeof(IHostEnvironment)) is IHostEnvironment env
            ? ServiceIdentity.NameOf(env)
            : "service";
        endpoints.Map("/health", endpoints.ServiceProvider.GetRequiredService<LiveHealthResponder>().WriteAsync)
            .DisableHttpMetrics().ExcludeFromDescription();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = (ctx, report) => Write(ctx, report, service),
        }).DisableHttpMetrics().ExcludeFromDescription();
    }

    internal static HealthReportResponse ToResponse(HealthReport report, string service) =>
        new(
            report.Status.ToString().ToLowerInvariant(),
            service,
            report.TotalDuration.TotalMilliseconds,
            report.Entries.ToDictionary(
                e => e.Key,
                e => new HealthCheckEntry(e.Value.Status.ToString().ToLowerInvariant(), e.Value.Duration.TotalMilliseconds, e.Value.Description)));

    private static Task Write(HttpContext context, HealthReport report, string service)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, ToResponse(report, service), ServiceDefaultsJsonContext.Default.HealthReportResponse);
    }
}
