using Agrovet.Compute.Engine.Shading;

namespace Agrovet.Compute.Streaming;

/// <summary>
/// The JSON header of a binary image frame: which message it answers (<c>id</c>), which stage (<c>preview</c>: coarse,
/// from the sample; <c>full</c>), the view it shows (the image covers x_range × y_range whatever its resolution), the
/// aggregate's range and the legend, and how it was made.
/// </summary>
public sealed record ImageFrameHeader(
    string Type,
    long? Id,
    string Stage,
    string Dataset,
    int Width,
    int Height,
    double[] XRange,
    double[] YRange,
    string Projection,
    string Agg,
    string How,
    double? Min,
    double? Max,
    Legend Legend,
    int BlocksRead,
    int BlocksTotal,
    long RowsScanned,
    FrameTimings Timings);
