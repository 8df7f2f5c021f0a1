using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.Gateway.Routing;

/// <summary>How the gateway talks to the services behind it (config section <c>Gateway:Upstreams</c>).</summary>
public sealed class UpstreamOptions
{
    public const string SectionName = "Gateway:Upstreams";

    /// <summary>Short, so a service that is not running answers 503 at once instead of hanging the client.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a proxied request or WebSocket may stay idle (YARP's activity timeout).</summary>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The idle limit of services with WebSocket routes in the catalog (chat, compute): a quiet room is not a dead one.</summary>
    public TimeSpan WebSocketActivityTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Per-service idle limits, over both of the above.</summary>
    public Dictionary<string, TimeSpan> ActivityTimeoutByService { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Several instances of a service at fixed addresses, in place of its internal URL
    /// (<c>Gateway:Upstreams:Instances:chat:0</c>, <c>…:1</c>): the gateway spreads requests over those that answer,
    /// and sends a chat room's to one of them.
    /// </summary>
    public Dictionary<string, List<string>> Instances { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Services whose internal URL names every instance at once (a Kubernetes headless service): the gateway looks the
    /// name up every <see cref="InstanceRefresh"/> and routes to each address (<see cref="InstanceAddressResolver"/>).
    /// </summary>
    public HashSet<string> InstancesFromDns { get; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan InstanceRefresh { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the gateway asks each instance of a service with several for <c>/health</c>; two misses in a row take it out until it answers again.</summary>
    public TimeSpan InstanceHealthInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the gateway may see several instances of <paramref name="service"/>.</summary>
    public bool MayHaveSeveralInstances(ServiceDefinition service) =>
        InstancesFromDns.Contains(service.Name) || (Instances.TryGetValue(service.Name, out var urls) && urls.Count > 1);

    public TimeSpan ActivityTimeoutFor(ServiceDefinition service) =>
        ActivityTimeoutByService.TryGetValue(service.Name, out var timeout) ? timeout
        : service.HasWebSockets ? WebSocketActivityTimeout
        : ActivityTimeout;
}
