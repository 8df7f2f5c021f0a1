using Agrovet.Gateway.Security;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Http;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.ServiceDiscovery;
using Yarp.ReverseProxy.Transforms;

namespace Agrovet.Gateway.Routing;

public static class RoutingExtensions
{
    /// <summary>
    /// Routes from the <c>ReverseProxy</c> section, whose defaults are the catalog's prefixes (<see cref="CatalogRoutes"/>);
    /// clusters from <see cref="ServiceClusters"/>, unless that section defines one of the same name.
    /// </summary>
    public static IServiceCollection AddGatewayRouting(this IServiceCollection services, IConfigurationManager configuration)
    {
        configuration.AddCatalogRoutes();
        services.AddOptions<UpstreamOptions>()
            .Bind(configuration.GetSection(UpstreamOptions.SectionName))
            .Validate(
                o => o.ConnectTimeout > TimeSpan.Zero && o.ActivityTimeout > TimeSpan.Zero && o.WebSocketActivityTimeout > TimeSpan.Zero
                    && o.InstanceRefresh > TimeSpan.Zero && o.InstanceHealthInterval > TimeSpan.Zero,
                "Gateway:Upstreams timeouts and intervals must be positive.")
            .Validate(
                o => o.Instances.Values.SelectMany(urls => urls).All(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Gateway:Upstreams:Instances must be absolute http(s) URLs, e.g. Gateway__Upstreams__Instances__chat__0=http://10.0.0.5:8105.")
            .ValidateOnStart();
        services.AddReverseProxy().LoadFromConfig(configuration.GetSection(CatalogRoutes.SectionName))
            // A service's answer brings its own copies of the security headers and of the correlation id, which YARP
            // adds to the ones already set.
            .AddTransforms(transforms => transforms.AddResponseTransform(response =>
            {
                SecurityHeaders.Apply(response.HttpContext);
                CorrelationIdMiddleware.Echo(response.HttpContext);
                return ValueTask.CompletedTask;
            }));
        // A cluster the configuration defines itself (ReverseProxy:Clusters:<service>, e.g. several replicas) replaces the catalog's.
        services.AddSingleton<IProxyConfigProvider>(sp => new InMemoryConfigProvider(
            [],
            [
                .. ServiceClusters.Create(sp.GetRequiredService<InternalServiceUrls>(), sp.GetRequiredService<IOptions<UpstreamOptions>>().Value)
                    .Where(c => !configuration.GetSection($"{CatalogRoutes.SectionName}:Clusters:{c.ClusterId}").Exists()),
            ]));
        services.AddSingleton<IForwarderHttpClientFactory, GatewayForwarderHttpClientFactory>();
        services.AddSingleton<ILoadBalancingPolicy, InstanceKeyLoadBalancing>();
        services.AddSingleton<IDestinationResolver, InstanceAddressResolver>();
        return services;
    }

    public static WebApplication MapGatewayRoutes(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ForwarderErrorMiddleware>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        }).ConfigureEndpoints((endpoint, route) =>
        {
            if (route.MaxRequestBodySize is { } bytes)
            {
                endpoint.WithMetadata(RouteRequestSizeLimit.FromRouteSetting(bytes));
            }
        });
        return app;
    }
}
