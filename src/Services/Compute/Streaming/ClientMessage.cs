namespace Agrovet.Compute.Streaming;

/// <summary>
/// A message a client sent, as read: its type (render, inspect, cancel, ping), its id (echoed in the answers), the
/// view's parameters (render; optional for inspect) and the pixel (inspect).
/// </summary>
public sealed record ClientMessage(string Type, long? Id, IReadOnlyDictionary<string, string?>? Parameters, int? Px, int? Py);
