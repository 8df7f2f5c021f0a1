using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// Turns a destination marked <see cref="MetadataKey"/> (a service of <see cref="UpstreamOptions.InstancesFromDns"/>)
/// into one destination per address its host name resolves to — a Kubernetes headless service's name resolves to
/// every ready pod — and looks again every <see cref="UpstreamOptions.InstanceRefresh"/>, so instances that start or
/// stop join or leave the cluster. Other destinations pass through untouched. A name that does not resolve keeps the
/// destination as it is (the proxy then answers 503 for it, as for any service that is not reachable).
/// </summary>
public sealed partial class InstanceAddressResolver(IOptionsMonitor<UpstreamOptions> options, ILogger<InstanceAddressResolver> logger) : IDestinationResolver
{
    public const string MetadataKey = "ResolveEveryAddress";

    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        if (!destinations.Values.Any(IsMarked))
        {
            return new ResolvedDestinationCollection(destinations, null);
        }

        var resolved = new Dictionary<string, DestinationConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, destination) in destinations)
        {
            if (!IsMarked(destination))
            {
                resolved[id] = destination;
                continue;
            }

            var original = new Uri(destination.Address);
            var addresses = await AddressesOfAsync(original, cancellationToken);
            if (addresses.Length == 0)
            {
                resolved[id] = destination;
                continue;
            }

            foreach (var address in addresses)
            {
                // The Host header stays the service's name: only where the connection goes changes.
                resolved[$"{id}[{address}]"] = destination with
                {
                    Address = new UriBuilder(original) { Host = address.ToString() }.Uri.ToString(),
                    Host = destination.Host ?? original.Authority,
                };
            }
        }

        var refresh = new CancellationTokenSource(options.CurrentValue.InstanceRefresh);
        return new ResolvedDestinationCollection(resolved, new CancellationChangeToken(refresh.Token));
    }

    private static bool IsMarked(DestinationConfig destination) => destination.Metadata?.ContainsKey(MetadataKey) == true;

    private async Task<IPAddress[]> AddressesOfAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            var found = await Dns.GetHostAddressesAsync(address.DnsSafeHost, cancellationToken);
            return [.. found.Distinct()];
        }
        catch (SocketException e)
        {
            LogNotResolved(logger, address.DnsSafeHost, e.SocketErrorCode);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The instances of {Host} could not be looked up ({Error}); requests go to the name as it is until the next look-up.")]
    private static partial void LogNotResolved(ILogger logger, string host, SocketError error);
}
