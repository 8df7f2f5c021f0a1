namespace Agrovet.Compute.Streaming;

/// <summary>The first frame of a session: who is signed in and the limits the socket is held to.</summary>
public sealed record ReadyFrame(string Type, long UserId, string Username, SocketLimits Limits, DateTimeOffset? TokenExpiresAt);
