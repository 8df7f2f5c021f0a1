using Agrovet.ServiceDefaults.Configuration;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// The load balancing of a service whose routes name an instance key (<see cref="ServiceRoute.InstanceKeyPattern"/>):
/// a request whose path carries a key goes to the instance <see cref="RendezvousHash"/> picks for it among those up, so
/// every socket and request of one chat room meets on one instance; any other request goes to the less busy of two
/// instances drawn at random (YARP's default).
/// </summary>
public sealed class InstanceKeyLoadBalancing : ILoadBalancingPolicy
{
    public const string PolicyName = "InstanceKey";

    /// <summary>The route metadata holding <see cref="ServiceRoute.InstanceKeyPath"/> (set from the catalog by <see cref="CatalogRoutes"/>).</summary>
    public const string RouteMetadataKey = "InstanceKeyPath";

    public string Name => PolicyName;

    public DestinationState? PickDestination(HttpContext context, ClusterState cluster, IReadOnlyList<DestinationState> availableDestinations)
    {
        if (availableDestinations.Count <= 1)
        {
            return availableDestinations.Count == 0 ? null : availableDestinations[0];
        }

        return KeyOf(context) is { Length: > 0 } key
            ? availableDestinations[RendezvousHash.Pick(key, availableDestinations, static d => d.Model.Config.Address)]
            : LessBusyOfTwo(availableDestinations);
    }

    /// <summary>The segment after the route's key path (<c>7</c> in <c>/ws/chat/7/</c>), or empty.</summary>
    public static ReadOnlySpan<char> KeyOf(HttpContext context)
    {
        var metadata = context.GetReverseProxyFeature().Route.Config.Metadata;
        if (metadata is null || !metadata.TryGetValue(RouteMetadataKey, out var keyPath) || context.Request.Path.Value is not { } path
            || !path.StartsWith(keyPath, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var rest = path.AsSpan(keyPath.Length);
        var end = rest.IndexOf('/');
        var key = end < 0 ? rest : rest[..end];
        return key.Length <= RendezvousHash.MaxKeyLength ? key : [];
    }

    private static DestinationState LessBusyOfTwo(IReadOnlyList<DestinationState> destinations)
    {
        var first = destinations[Random.Shared.Next(destinations.Count)];
        var second = destinations[Random.Shared.Next(destinations.Count)];
        return second.ConcurrentRequestCount < first.ConcurrentRequestCount ? second : first;
    }
}
