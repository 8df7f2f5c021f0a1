namespace Agrovet.Compute.Streaming;

/// <summary>The answer to an application-level ping (WebSocket pings are answered by the protocol itself).</summary>
public sealed record PongFrame(string Type, long? Id);
