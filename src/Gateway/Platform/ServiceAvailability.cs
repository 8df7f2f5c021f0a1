using Agrovet.Gateway.Caching;
using Agrovet.Gateway.Health;
using Agrovet.ServiceDefaults.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agrovet.Gateway.Platform;

/// <summary>Whether a service is ready (its <c>/health/ready</c>), remembered for a few seconds so pages asking often cost little.</summary>
public sealed class ServiceAvailability(IHttpClientFactory clients, InternalServiceUrls urls, TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(5);

    private readonly BriefCache<bool> _cache = new(time, _ => KeptFor);

    public Task<bool> IsAvailableAsync(ServiceDefinition service, CancellationToken cancellationToken) =>
        _cache.GetAsync(service.Name, () => CheckAsync(service), cancellationToken);

    private async Task<bool> CheckAsync(ServiceDefinition service)
    {
        var check = new ServiceHealthCheck(service.Name, urls[service.Name], clients);
        var result = await check.CheckHealthAsync(new HealthCheckContext());
        return result.Status == HealthStatus.Healthy;
    }
}
