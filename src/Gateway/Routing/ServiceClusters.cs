using Agrovet.ServiceDefaults.Configuration;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// One YARP cluster per service, named after it, pointing at its <c>*_INTERNAL_URL</c>. The configuration file
/// names only the routes; where the services listen is decided once, by <see cref="InternalServiceUrls"/>.
/// </summary>
public static class ServiceClusters
{
    public const string GatewayService = "gateway";

    public static IEnumerable<string> ServiceNames =>
        InternalServiceUrls.Defaults.Select(s => s.Name).Where(name => name != GatewayService);

    public static IReadOnlyList<ClusterConfig> Create(InternalServiceUrls urls, UpstreamOptions options) =>
        ServiceNames.Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = urls[service].ToString() },
            },
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.ActivityTimeoutFor(service) },
        }).ToList();
}
