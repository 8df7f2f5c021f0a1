using Agrovet.ServiceDefaults.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// The catalog's public prefixes as YARP routes (<c>ReverseProxy:Routes:&lt;id&gt;</c>, the id being the prefix's
/// segments: <c>api-media</c>, <c>ws-chat</c>), put beneath every other configuration source: appsettings, environment
/// variables or a test can still change any key of a route (<c>ReverseProxy__Routes__api-media__MaxRequestBodySize</c>)
/// or add routes of their own.
/// </summary>
public static class CatalogRoutes
{
    public const string SectionName = "ReverseProxy";

    public static IReadOnlyDictionary<string, string?> AsConfiguration()
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in ServiceCatalog.Upstreams)
        {
            foreach (var route in service.Routes)
            {
                var key = $"{SectionName}:Routes:{route.Id}";
                values[$"{key}:ClusterId"] = service.Name;
                values[$"{key}:Match:Path"] = route.MatchPath;
                if (route.InstanceKeyPath is { } keyPath)
                {
                    values[$"{key}:Metadata:{InstanceKeyLoadBalancing.RouteMetadataKey}"] = keyPath;
                }

                // The service's own limit unless the route says otherwise: the gateway refuses what the service would.
                if ((route.MaxRequestBodySize ?? service.MaxRequestBodyBytes) is { } bytes)
                {
                    values[$"{key}:MaxRequestBodySize"] = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return values;
    }

    public static IConfigurationManager AddCatalogRoutes(this IConfigurationManager configuration)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = AsConfiguration() });
        return configuration;
    }
}
