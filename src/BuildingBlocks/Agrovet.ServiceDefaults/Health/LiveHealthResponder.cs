using System.Text.Json;
using Agrovet.ServiceDefaults.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Agrovet.ServiceDefaults.Health;

/// <summary>
/// Answers <c>/health/</c> without running the health-check service on every call (probes and load balancers ask
/// often). A service with no checks tagged "live" is alive as long as it answers, so its answer is serialized once. One
/// with live checks (the gateway, which shows every service's readiness) runs them at most once per
/// <c>Agrovet:Health:LiveCacheSeconds</c> (default 2): the requests that arrive meanwhile share that report. Once it is
/// stale, one request starts a single run in the background and every request keeps getting the last report until the
/// run ends (so no request waits on the services' checks, which would stall every connection each time); only the
/// very first requests, before any report exists, wait for the run.
/// </summary>
internal sealed class LiveHealthResponder
{
    public const string CacheSecondsKey = "Agrovet:Health:LiveCacheSeconds";
    private const double DefaultCacheSeconds = 2;

    private readonly HealthCheckService _checks;
    private readonly TimeProvider _time;
    private readonly string _service;
    private readonly long _maxAgeTicks;
    private readonly bool _hasLiveChecks;
    private readonly Lock _gate = new();
    private volatile Snapshot? _snapshot;
    private volatile Task<Snapshot>? _refreshing;

    public LiveHealthResponder(
        HealthCheckService checks,
        IOptions<HealthCheckServiceOptions> registrations,
        IHostEnvironment environment,
        IConfiguration configuration,
        TimeProvider time)
    {
        _checks = checks;
        _time = time;
        _service = ServiceIdentity.NameOf(environment);
        _maxAgeTicks = (long)(configuration.GetValue(CacheSecondsKey, DefaultCacheSeconds) * time.TimestampFrequency);
        _hasLiveChecks = registrations.Value.Registrations.Any(IsLive);
        if (!_hasLiveChecks)
        {
            _snapshot = Take(new HealthReport(new Dictionary<string, HealthReportEntry>(StringComparer.Ordinal), TimeSpan.Zero));
        }
    }

    public Task WriteAsync(HttpContext context)
    {
        var snapshot = _snapshot;
        if (snapshot is null)
        {
            return RefreshThenWriteAsync(context);
        }

        if (_hasLiveChecks && _time.GetTimestamp() - snapshot.Taken >= _maxAgeTicks && _refreshing is not { IsCompleted: false })
        {
            _ = StartRefresh();
        }

        return Write(context, snapshot);
    }

    private static bool IsLive(HealthCheckRegistration registration) => registration.Tags.Contains(HealthEndpoints.LiveTag);

    private static Task Write(HttpContext context, Snapshot snapshot)
    {
        var response = context.Response;
        response.StatusCode = snapshot.StatusCode;
        response.ContentType = "application/json";
        response.ContentLength = snapshot.Body.Length;
        response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        var write = response.BodyWriter.WriteAsync(snapshot.Body, context.RequestAborted);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    private async Task RefreshThenWriteAsync(HttpContext context) => await Write(context, await StartRefresh());

    private Task<Snapshot> StartRefresh()
    {
        lock (_gate)
        {
            if (_refreshing is not { IsCompleted: false })
            {
                _refreshing = RefreshAsync();
            }

            return _refreshing;
        }
    }

    private async Task<Snapshot> RefreshAsync()
    {
        // Not the request's token: the run serves every request waiting for it; each check has its own timeout.
        var snapshot = Take(await _checks.CheckHealthAsync(IsLive, CancellationToken.None));
        _snapshot = snapshot;
        return snapshot;
    }

    private Snapshot Take(HealthReport report)
    {
        var response = HealthEndpoints.ToResponse(report, _service);
        return new Snapshot(
            report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK,
            JsonSerializer.SerializeToUtf8Bytes(response, ServiceDefaultsJsonContext.Default.HealthReportResponse),
            _time.GetTimestamp());
    }

    private sealed record Snapshot(int StatusCode, byte[] Body, long Taken);
}
