namespace Agrovet.Compute.Streaming;

/// <summary>What a client may send: message size, and messages per second on average and in a burst.</summary>
public sealed record SocketLimits(int MaxMessageBytes, double MessagesPerSecond, int MessageBurst);
