namespace Agrovet.Gateway.Routing;

/// <summary>How the gateway talks to the services behind it (config section <c>Gateway:Upstreams</c>).</summary>
public sealed class UpstreamOptions
{
    public const string SectionName = "Gateway:Upstreams";

    /// <summary>Short, so a service that is not running answers 503 at once instead of hanging the client.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a proxied request or WebSocket may stay idle (YARP's activity timeout).</summary>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Longer idle limits for services with long-lived WebSockets (chat, compute).</summary>
    public Dictionary<string, TimeSpan> ActivityTimeoutByService { get; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan ActivityTimeoutFor(string service) =>
        ActivityTimeoutByService.TryGetValue(service, out var timeout) ? timeout : ActivityTimeout;
}
