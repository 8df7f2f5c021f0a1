using System.Text.Json.Serialization;

namespace Agrovet.Gateway.Platform;

/// <summary>A public prefix of a service, as <c>GET /api/platform/services</c> lists it.</summary>
public sealed record PlatformRoute(
    string Prefix,
    [property: JsonPropertyName("websocket")] bool WebSocket);
