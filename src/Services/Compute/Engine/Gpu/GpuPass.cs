namespace Agrovet.Compute.Engine.Gpu;

/// <summary>
/// Everything a kernel launch needs besides the arrays: the rows [Offset, End), the canvas mapping and the filters, by
/// value.
/// </summary>
internal readonly record struct GpuPass(
    int Offset,
    int End,
    int Width,
    int Height,
    double X0,
    double X1,
    double ScaleX,
    double Y0,
    double Y1,
    double ScaleY,
    int Mercator,
    int Reduction,
    int Categories,
    int CheckTime,
    uint TimeFrom,
    uint TimeTo,
    int CheckValue,
    double ValueFrom,
    double ValueTo,
    int CheckCategory);
