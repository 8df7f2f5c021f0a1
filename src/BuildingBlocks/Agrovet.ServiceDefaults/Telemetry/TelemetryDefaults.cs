using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Agrovet.ServiceDefaults.Telemetry;

internal static class TelemetryDefaults
{
    /// <summary>Activity sources and meters named "Agrovet.*" are collected without further registration.</summary>
    public const string SourcePrefix = "Agrovet.";

    /// <summary>True to also collect the per-request framework diagnostics that <see cref="DroppedByDefault"/> leaves out.</summary>
    public const string DetailedMetricsKey = "Agrovet:Metrics:Detailed";

    public static void AddAgrovetTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["LOG_FORMAT"], "text", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        // Baggage: the request's correlation id (CorrelationIdMiddleware) rides on its Activity into every line's scope.
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.Baggage);

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var detailed = builder.Configuration.GetValue(DetailedMetricsKey, false);
        // Sampling: the SDK reads OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG (e.g. parentbased_traceidratio and 0.1);
        // unset, it is parentbased_always_on, so every request that is not /health or /metrics is traced.
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceNamespace: "agrovet"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SourcePrefix + "*")
                .AddView(instrument => detailed || !DroppedByDefault(instrument) ? null : MetricStreamConfiguration.Drop)
                .AddPrometheusExporter())
            .WithTracing(t => t
                .AddSource(SourcePrefix + "*")
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsInfrastructurePath(ctx.Request.Path))
                .AddHttpClientInstrumentation());
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        builder.AddManagementListener();
    }

    /// <summary><c>/metrics</c> on the management port only (see <see cref="ManagementEndpoint"/>); the public port answers 404 there.</summary>
    public static void MapAgrovetMetrics(this WebApplication app)
    {
        var port = ManagementEndpoint.PortFrom(app.Configuration);
        app.UseMiddleware<ManagementPortMiddleware>(new ManagementPortMiddleware.Settings(port));
        if (port is not null)
        {
            app.MapPrometheusScrapingEndpoint(ManagementPortMiddleware.MetricsPath).DisableHttpMetrics();
        }
    }

    /// <summary>
    /// Framework instruments recorded several times per request that add little to <c>http.server.request.duration</c>
    /// (which has the route and the status, 401 and 403 included): Kestrel's buffer-pool counters (each rented block),
    /// route-match attempts, and the authenticate and authorize timings. Measured at a fifth of the pipeline's metric
    /// cost each (bench/README.md, "Per-request cost"); <see cref="DetailedMetricsKey"/> brings them back.
    /// </summary>
    private static bool DroppedByDefault(System.Diagnostics.Metrics.Instrument instrument) =>
        instrument.Meter.Name == "Microsoft.AspNetCore.MemoryPool"
        || instrument.Name is "aspnetcore.routing.match_attempts"
            or "aspnetcore.authentication.authenticate.duration"
            or "aspnetcore.authorization.attempts";

    private static bool IsInfrastructurePath(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(ManagementPortMiddleware.MetricsPath, StringComparison.Ordinal);
}
