using Agrovet.ServiceDefaults.Configuration;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// One YARP cluster per service of the catalog, named after it, pointing at its <c>*_INTERNAL_URL</c>, or at the
/// instances <see cref="UpstreamOptions"/> lists or finds by name. Every service has its cluster whether it runs or
/// not: a route to one that is absent answers 503 problem+json. A service with several instances has each checked
/// (<c>/health</c>) so that one that stopped stops getting requests, and one whose routes name an instance key
/// (chat) is balanced by <see cref="InstanceKeyLoadBalancing"/>.
/// </summary>
public static class ServiceClusters
{
    public static IReadOnlyList<ClusterConfig> Create(InternalServiceUrls urls, UpstreamOptions options) =>
        ServiceCatalog.Upstreams.Select(service => new ClusterConfig
        {
            ClusterId = service.Name,
            Destinations = DestinationsOf(service, urls, options),
            LoadBalancingPolicy = service.Routes.Any(r => r.InstanceKeyPattern is not null) ? InstanceKeyLoadBalancing.PolicyName : null,
            HealthCheck = options.MayHaveSeveralInstances(service)
                ? new HealthCheckConfig
                {
                    Active = new ActiveHealthCheckConfig
                    {
                        Enabled = true,
                        Interval = options.InstanceHealthInterval,
                        Timeout = options.ConnectTimeout,
                        Path = "/health",
                        Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    },
                }
                : null,
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.ActivityTimeoutFor(service) },
        }).ToList();

    private static Dictionary<string, DestinationConfig> DestinationsOf(ServiceDefinition service, InternalServiceUrls urls, UpstreamOptions options)
    {
        if (options.Instances.TryGetValue(service.Name, out var instances) && instances.Count > 0)
        {
            return instances.Select((url, i) => (url, i)).ToDictionary(d => $"{service.Name}-{d.i}", d => new DestinationConfig { Address = d.url });
        }

        return new()
        {
            [service.Name] = new()
            {
                Address = urls[service.Name].ToString(),
                Metadata = options.InstancesFromDns.Contains(service.Name)
                    ? new Dictionary<string, string> { [InstanceAddressResolver.MetadataKey] = "true" }
                    : null,
            },
        };
    }
}
