namespace Agrovet.ServiceDefaults.Configuration;

/// <summary>
/// A public path prefix the gateway sends to a service, exactly as the API contract spells it (<c>/api/adds/</c>,
/// <c>/ws/compute</c>). The path reaches the service unchanged.
/// </summary>
public sealed record ServiceRoute(string Prefix)
{
    /// <summary>The placeholder of the key in <see cref="InstanceKeyPattern"/>.</summary>
    public const string InstanceKey = "{key}";

    /// <summary>Clients open WebSockets here (chat rooms, compute streams); proxied requests may stay open for long.</summary>
    public bool WebSocket { get; init; }

    /// <summary>The largest body the gateway passes on (null: the gateway-wide <c>Agrovet:MaxRequestBodyBytes</c>; -1: none).</summary>
    public long? MaxRequestBodySize { get; init; }

    /// <summary>
    /// Where a path below the prefix names what picks the instance, as <c>/ws/chat/{key}/</c>: when the service runs as
    /// several instances, the gateway sends every request and socket with the same key (a chat room's id) to the same
    /// instance while it is up, so a room's members meet on one instance. Null: any instance.
    /// </summary>
    public string? InstanceKeyPattern { get; init; }

    /// <summary>What a path starts with when <see cref="InstanceKeyPattern"/>'s key follows (<c>/ws/chat/</c>); null without one.</summary>
    public string? InstanceKeyPath => InstanceKeyPattern?[..InstanceKeyPattern.IndexOf(InstanceKey, StringComparison.Ordinal)];

    /// <summary>The route's name in the gateway's configuration (<c>ReverseProxy:Routes:api-media</c>): the prefix's segments.</summary>
    public string Id => Prefix.Trim('/').Replace('/', '-');

    /// <summary>The YARP path pattern: the prefix itself and everything below it.</summary>
    public string MatchPath => Prefix.TrimEnd('/') + "/{**rest}";

    /// <summary>The first path segment (<c>/api</c>, <c>/ws</c>, <c>/compute</c>): what the web app must never claim.</summary>
    public string TopSegment => "/" + Prefix.Trim('/').Split('/')[0];
}
