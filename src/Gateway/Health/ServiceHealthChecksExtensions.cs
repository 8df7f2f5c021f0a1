using Agrovet.Gateway.Routing;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agrovet.Gateway.Health;

public static class ServiceHealthChecksExtensions
{
    /// <summary>One live-tagged check per service, so the gateway's <c>/health/</c> shows the state of the whole platform.</summary>
    public static IServiceCollection AddServiceHealthChecks(this IServiceCollection services)
    {
        services.AddHttpClient(ServiceHealthCheck.HttpClientName, c => c.Timeout = ServiceHealthCheck.Timeout);
        var checks = services.AddHealthChecks();
        foreach (var service in ServiceClusters.ServiceNames)
        {
            checks.Add(new HealthCheckRegistration(
                service,
                sp => new ServiceHealthCheck(service, sp.GetRequiredService<InternalServiceUrls>()[service], sp.GetRequiredService<IHttpClientFactory>()),
                HealthStatus.Degraded,
                [HealthEndpoints.LiveTag],
                ServiceHealthCheck.Timeout + TimeSpan.FromSeconds(0.5)));
        }

        return services;
    }
}
