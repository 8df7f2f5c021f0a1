using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agrovet.Gateway.Health;

public static class ServiceHealthChecksExtensions
{
    /// <summary>
    /// One live-tagged check per service the platform runs (<see cref="InternalServiceUrls.DeployedUpstreams"/>), so
    /// the gateway's <c>/health/</c> shows the state of the whole platform and not of services it does not have.
    /// </summary>
    public static IServiceCollection AddServiceHealthChecks(this IServiceCollection services)
    {
        services.AddHttpClient(ServiceHealthCheck.HttpClientName, c => c.Timeout = ServiceHealthCheck.Timeout);
        services.AddHealthChecks();
        services.AddOptions<HealthCheckServiceOptions>().Configure<InternalServiceUrls>((options, urls) =>
        {
            foreach (var service in urls.DeployedUpstreams())
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    service.Name,
                    sp => new ServiceHealthCheck(service.Name, urls[service.Name], sp.GetRequiredService<IHttpClientFactory>()),
                    HealthStatus.Degraded,
                    [HealthEndpoints.LiveTag],
                    ServiceHealthCheck.Timeout + TimeSpan.FromSeconds(0.5)));
            }
        });

        return services;
    }
}
