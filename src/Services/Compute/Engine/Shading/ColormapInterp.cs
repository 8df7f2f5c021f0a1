using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// The three numpy.interp calls of a colormap (red, green, blue over the same breakpoints) done as one: one search per
/// value, then each channel's own slope, so the bytes are those of three separate calls. Each segment's start, values
/// and slopes lie side by side, so the usual case (a value inside a segment, not on a breakpoint) reads one place.
/// </summary>
internal sealed class ColormapInterp
{
    private readonly NumpyInterp _red;
    private readonly NumpyInterp _green;
    private readonly NumpyInterp _blue;
    private readonly Segment[] _segments;
    private readonly double[] _breaks;
    private readonly double _inverseStep;

    public ColormapInterp(double[] breaks, Colormap colormap, long valueCount)
    {
        _red = new NumpyInterp(breaks, colormap.Reds, valueCount, left: 255);
        _green = new NumpyInterp(breaks, colormap.Greens, valueCount, left: 255);
        _blue = new NumpyInterp(breaks, colormap.Blues, valueCount, left: 255);
        _breaks = breaks;
        _inverseStep = (breaks.Length - 1) / (breaks[^1] - breaks[0]);
        // Without slopes (numpy divides when there are more breakpoints than values) every value takes the general path.
        _segments = breaks.Length > 1 && _red.Slope(0) is not null
            ? [.. Enumerable.Range(0, breaks.Length - 1).Select(j => new Segment(breaks[j], colormap.Reds[j], colormap.Greens[j], colormap.Blues[j],
                _red.Slope(j)!.Value, _green.Slope(j)!.Value, _blue.Slope(j)!.Value))]
            : [];
    }

    /// <summary>The packed opaque-to-alpha pixel for a transformed value (not NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Pixel(double value, byte alpha)
    {
        // The breakpoints are evenly spaced: the segment from the scaled value, moved by one where rounding put it next
        // door. A value strictly inside a segment is interpolated here; on a breakpoint, outside, or NaN it takes
        // numpy.interp's own search and edge rules.
        var last = _segments.Length - 1;
        if (last >= 0)
        {
            var breaks = _breaks;
            var j = (int)Math.Clamp((value - breaks[0]) * _inverseStep, 0, last);
            if (value < breaks[j])
            {
                j--;
            }
            else if (j < last && value >= breaks[j + 1])
            {
                j++;
            }
            if ((uint)j <= (uint)last && value > breaks[j] && value < breaks[j + 1])
            {
                ref readonly var segment = ref _segments[j];
                // numpy.interp's (slope * (x - xp[j])) + fp[j], operation for operation.
                var offset = value - segment.Start;
                var red = (segment.RedSlope * offset) + segment.Red;
                var green = (segment.GreenSlope * offset) + segment.Green;
                var blue = (segment.BlueSlope * offset) + segment.Blue;
                if (!double.IsNaN(red) && !double.IsNaN(green) && !double.IsNaN(blue))
                {
                    return Shader.Pack(Byte(red), Byte(green), Byte(blue), alpha);
                }
            }
        }
        return General(value, alpha);
    }

    private uint General(double value, byte alpha)
    {
        var j = _red.Locate(value);
        return Shader.Pack(Byte(_red.At(value, j)), Byte(_green.At(value, j)), Byte(_blue.At(value, j)), alpha);
    }

    public Rgb Color(double value)
    {
        var j = _red.Locate(value);
        return new Rgb(Byte(_red.At(value, j)), Byte(_green.At(value, j)), Byte(_blue.At(value, j)));
    }

    /// <summary>numpy's nan_to_num then astype(uint8): NaN is 0, the rest truncated.</summary>
    private static byte Byte(double value) => double.IsNaN(value) ? (byte)0 : (byte)Math.Min(Math.Max(value, 0), 255);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Segment(double Start, double Red, double Green, double Blue, double RedSlope, double GreenSlope, double BlueSlope);
}
