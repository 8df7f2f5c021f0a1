namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// The three numpy.interp calls of a colormap (red, green, blue over the same breakpoints) done as one: one search per
/// value, then each channel's own slope, so the bytes are those of three separate calls.
/// </summary>
internal sealed class ColormapInterp
{
    private readonly NumpyInterp _red;
    private readonly NumpyInterp _green;
    private readonly NumpyInterp _blue;

    public ColormapInterp(double[] breaks, Colormap colormap, long valueCount)
    {
        _red = new NumpyInterp(breaks, colormap.Reds, valueCount, left: 255);
        _green = new NumpyInterp(breaks, colormap.Greens, valueCount, left: 255);
        _blue = new NumpyInterp(breaks, colormap.Blues, valueCount, left: 255);
    }

    /// <summary>The packed opaque-to-alpha pixel for a transformed value (not NaN).</summary>
    public uint Pixel(double value, byte alpha)
    {
        var j = _red.Locate(value);
        return Shader.Pack(Byte(_red.At(value, j)), Byte(_green.At(value, j)), Byte(_blue.At(value, j)), alpha);
    }

    public Rgb Color(double value)
    {
        var j = _red.Locate(value);
        return new Rgb(Byte(_red.At(value, j)), Byte(_green.At(value, j)), Byte(_blue.At(value, j)));
    }

    private static byte Byte(double value) => double.IsNaN(value) ? (byte)0 : (byte)Math.Clamp(value, 0, 255);
}
