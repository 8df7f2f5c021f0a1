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

    public TimeSpan ActivityTimeoutFor(ServiceDefinition service) =>
        ActivityTimeoutByService.TryGetValue(service.Name, out var timeout) ? timeout
        : service.HasWebSockets ? WebSocketActivityTimeout
        : ActivityTimeout;
}
