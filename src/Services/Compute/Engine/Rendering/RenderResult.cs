using Agrovet.Compute.Engine.Shading;

namespace Agrovet.Compute.Engine.Rendering;

/// <summary>
/// A rendered view: the PNG and what a client shows beside it (the aggregate's range and legend), with how it was made
/// (whether from the preview sample, blocks read, time per stage) for the JSON header of a WebSocket frame and for logs.
/// </summary>
public sealed record RenderResult(
    byte[] Png,
    int Width,
    int Height,
    double? Min,
    double? Max,
    Legend Legend,
    bool Preview,
    int BlocksRead,
    int BlocksTotal,
    long RowsScanned,
    TimeSpan AggregateTime,
    TimeSpan ShadeTime,
    TimeSpan EncodeTime)
{
    public TimeSpan TotalTime => AggregateTime + ShadeTime + EncodeTime;
}
