namespace Agrovet.Compute.Streaming;

/// <summary>Milliseconds: since the message arrived, and per stage of the render.</summary>
public sealed record FrameTimings(double SinceRequestMs, double AggregateMs, double ShadeMs, double EncodeMs);
