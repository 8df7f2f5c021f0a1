namespace Agrovet.AppHost.Telemetry;

/// <summary>
/// <c>./agrovet up --telemetry</c>: Prometheus (the Debian package) and the standalone Aspire Dashboard, on loopback.
/// Ports from <c>AGROVET_PROMETHEUS_PORT</c>, <c>AGROVET_DASHBOARD_PORT</c> and <c>AGROVET_OTLP_PORT</c> (gRPC; HTTP is the next port).
/// </summary>
public sealed record TelemetryOptions
{
    /// <summary>The Aspire Dashboard executable (the launcher script downloads it: infra/telemetry/AspireDashboard.csproj).</summary>
    public required string DashboardExecutable { get; init; }

    public string PrometheusExecutable { get; init; } = "prometheus";

    public int PrometheusPort { get; init; } = 9090;

    public int DashboardPort { get; init; } = 18888;

    /// <summary>The dashboard's OTLP/gRPC port, where every service exports traces, metrics and logs.</summary>
    public int OtlpPort { get; init; } = 18889;

    /// <summary>The dashboard's OTLP/HTTP port (for exporters that speak only HTTP, e.g. a browser's).</summary>
    public int OtlpHttpPort => OtlpPort + 1;
}
