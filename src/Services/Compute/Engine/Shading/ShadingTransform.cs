namespace Agrovet.Compute.Engine.Shading;

/// <summary>Datashader's how= transforms of values already shifted so that the smallest is 0; NaN where masked.</summary>
internal static class ShadingTransform
{
    public static (double[] Values, int Levels) Apply(double[] shifted, bool[] mask, bool integerData, ShadeHow how)
    {
        if (how == ShadeHow.EqHist)
        {
            return EqualHistogram.Equalize(shifted, mask, integerData);
        }
        var result = new double[shifted.Length];
        for (var i = 0; i < shifted.Length; i++)
        {
            var value = shifted[i];
            result[i] = mask[i] ? double.NaN : how switch
            {
                ShadeHow.Log => LogOnePlus(value),
                ShadeHow.Cbrt => Math.Pow(value, 1.0 / 3.0),
                _ => value,
            };
        }
        return (result, 0);
    }

    /// <summary>log(1 + x) without losing the digits of a small x.</summary>
    public static double LogOnePlus(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    public static (double Min, double Max) NanSpan(double[] values)
    {
        double min = double.NaN, max = double.NaN;
        foreach (var value in values)
        {
            if (double.IsNaN(value))
            {
                continue;
            }
            min = double.IsNaN(min) || value < min ? value : min;
            max = double.IsNaN(max) || value > max ? value : max;
        }
        return (min, max);
    }
}
