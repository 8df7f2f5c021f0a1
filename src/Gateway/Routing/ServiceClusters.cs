using Agrovet.ServiceDefaults.Configuration;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// One YARP cluster per service of the catalog, named after it, pointing at its <c>*_INTERNAL_URL</c>. Every
/// service has its cluster whether it runs or not: a route to one that is absent answers 503 problem+json.
/// </summary>
public static class ServiceClusters
{
    public static IReadOnlyList<ClusterConfig> Create(InternalServiceUrls urls, UpstreamOptions options) =>
        ServiceCatalog.Upstreams.Select(service => new ClusterConfig
        {
            ClusterId = service.Name,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service.Name] = new() { Address = urls[service.Name].ToString() },
            },
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.ActivityTimeoutFor(service) },
        }).ToList();
}
