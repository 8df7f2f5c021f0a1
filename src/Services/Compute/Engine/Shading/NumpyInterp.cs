using System.Runtime.CompilerServices;

namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// numpy.interp, step for step (Datashader's shading is built on it): the same search, the same slopes (multiplied by
/// the inverse width when there are no more breakpoints than values, divided otherwise), the same edge rules, so that
/// truncating to a byte gives the same colours.
/// </summary>
public sealed class NumpyInterp
{
    private readonly double[] _xp;
    private readonly double[] _fp;
    private readonly double[]? _slopes;
    private readonly double _left;
    private readonly double _right;
    private readonly double _inverseStep;

    /// <param name="xp">Increasing breakpoints.</param>
    /// <param name="fp">Values at the breakpoints.</param>
    /// <param name="valueCount">How many values numpy would interpolate in one call (decides how slopes are formed).</param>
    public NumpyInterp(double[] xp, double[] fp, long valueCount, double? left = null, double? right = null)
    {
        _xp = xp;
        _fp = fp;
        _left = left ?? fp[0];
        _right = right ?? fp[^1];
        _inverseStep = xp.Length > 1 ? (xp.Length - 1) / (xp[^1] - xp[0]) : double.NaN;
        if (xp.Length > 1 && xp.Length <= valueCount)
        {
            _slopes = new double[xp.Length - 1];
            for (var i = 0; i < _slopes.Length; i++)
            {
                var inverseWidth = 1.0 / (xp[i + 1] - xp[i]);
                _slopes[i] = (fp[i + 1] - fp[i]) * inverseWidth;
            }
        }
    }

    public double this[double x] => Evaluate(x);

    /// <summary>The slope numpy multiplies by in segment j, or null when it divides instead (more breakpoints than values).</summary>
    internal double? Slope(int j) => _slopes?[j];

    /// <summary>
    /// numpy.interp's value at x, given <see cref="Locate"/>'s answer, for a loop that calls it often: a value strictly
    /// inside a segment is interpolated inline; the rest goes to <see cref="At"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double AtInline(double x, int j)
    {
        if (_slopes is { } slopes && (uint)j < (uint)slopes.Length && _xp[j] != x)
        {
            var result = (slopes[j] * (x - _xp[j])) + _fp[j];
            if (!double.IsNaN(result))
            {
                return result;
            }
        }
        return At(x, j);
    }

    public double Evaluate(double x) => At(x, Locate(x));

    /// <summary>
    /// Where x falls: -1 below the first breakpoint, Length above the last, else the last breakpoint at or below it
    /// (NaN gives -2). Shared by interpolations over the same breakpoints.
    /// </summary>
    internal int Locate(double x)
    {
        if (double.IsNaN(x))
        {
            return -2;
        }
        var xp = _xp;
        if (xp.Length == 1)
        {
            return x < xp[0] ? -1 : x > xp[0] ? 1 : 0;
        }
        if (x > xp[^1])
        {
            return xp.Length;
        }
        return x < xp[0] ? -1 : LastAtOrBelow(x);
    }

    /// <summary>numpy.interp's value at x, given <see cref="Locate"/>'s answer.</summary>
    internal double At(double x, int j)
    {
        var xp = _xp;
        var fp = _fp;
        if (j == -2)
        {
            return x;
        }
        if (j == -1)
        {
            return _left;
        }
        if (j >= xp.Length)
        {
            return _right;
        }
        if (j == xp.Length - 1 || xp[j] == x)
        {
            return fp[j];
        }
        var slope = _slopes is not null ? _slopes[j] : (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
        var result = (slope * (x - xp[j])) + fp[j];
        if (double.IsNaN(result))
        {
            result = (slope * (x - xp[j + 1])) + fp[j + 1];
            if (double.IsNaN(result) && fp[j] == fp[j + 1])
            {
                result = fp[j];
            }
        }
        return result;
    }

    /// <summary>numpy.linspace(start, stop, count): i * step + start, the last one exactly stop.</summary>
    public static double[] Linspace(double start, double stop, int count)
    {
        var values = new double[count];
        var div = count - 1;
        var delta = stop - start;
        var step = div > 0 ? delta / div : double.NaN;
        for (var i = 0; i < count; i++)
        {
            values[i] = div > 0
                ? (step == 0 ? i / (double)div * delta : i * step) + start
                : (i * delta) + start;
        }
        if (count > 1)
        {
            values[^1] = stop;
        }
        return values;
    }

    /// <summary>The last breakpoint at or below x, found from a guess for evenly spaced breakpoints.</summary>
    private int LastAtOrBelow(double x)
    {
        var xp = _xp;
        if (double.IsFinite(_inverseStep))
        {
            var j = (int)Math.Clamp((x - xp[0]) * _inverseStep, 0, xp.Length - 1);
            if (j + 2 < xp.Length && x >= xp[j + 2])
            {
                return BinarySearch(xp, x);
            }
            if (j + 1 < xp.Length && x >= xp[j + 1])
            {
                j++;
            }
            if (j > 0 && x < xp[j])
            {
                j--;
                if (j > 0 && x < xp[j])
                {
                    return BinarySearch(xp, x);
                }
            }
            if (j + 1 >= xp.Length || x < xp[j + 1])
            {
                return j;
            }
        }
        return BinarySearch(xp, x);
    }

    private static int BinarySearch(double[] xp, double x)
    {
        int low = 0, high = xp.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (x >= xp[middle])
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low - 1;
    }
}
