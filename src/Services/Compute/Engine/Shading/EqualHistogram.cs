namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// Datashader's eq_hist: exact value counts for integer data whose range is under the bin count, else numpy.histogram
/// with 65,536 equal bins (empty bins dropped); the cumulative distribution at each value by numpy.interp.
/// </summary>
internal static class EqualHistogram
{
    public const int Bins = 256 * 256;

    /// <summary>Equalized values (NaN where masked) and the number of distinct levels.</summary>
    public static (double[] Values, int Levels) Equalize(double[] data, bool[] mask, bool integerData)
    {
        var result = new double[data.Length];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        long total = 0;
        for (var i = 0; i < data.Length; i++)
        {
            if (!mask[i])
            {
                min = Math.Min(min, data[i]);
                max = Math.Max(max, data[i]);
                total++;
            }
        }
        if (total == 0)
        {
            Array.Fill(result, double.NaN);
            return (result, 0);
        }
        return integerData && max - min < Bins
            ? CountIntegers(data, mask, result, (long)min, (long)max)
            : Histogram(data, mask, result, min, max);
    }

    private static (double[] Values, int Levels) CountIntegers(double[] data, bool[] mask, double[] result, long min, long max)
    {
        var counts = new long[max - min + 1];
        for (var i = 0; i < data.Length; i++)
        {
            if (!mask[i])
            {
                counts[(long)data[i] - min]++;
            }
        }
        var levels = 0;
        var cdf = new double[counts.Length];
        long running = 0;
        for (var v = 0; v < counts.Length; v++)
        {
            levels += counts[v] > 0 ? 1 : 0;
            running += counts[v];
            cdf[v] = running;
        }
        var last = (double)running;
        for (var i = 0; i < data.Length; i++)
        {
            result[i] = mask[i] ? double.NaN : cdf[(long)data[i] - min] / last;
        }
        return (result, levels);
    }

    private static (double[] Values, int Levels) Histogram(double[] data, bool[] mask, double[] result, double first, double last)
    {
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }
        var edges = NumpyInterp.Linspace(first, last, Bins + 1);
        var norm = Bins / (last - first);
        var hist = new long[Bins];
        var bins = new int[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            if (!mask[i])
            {
                var bin = Bin(data[i], first, norm, edges);
                bins[i] = bin;
                hist[bin]++;
            }
        }
        var centers = new List<double>();
        var cdf = new List<double>();
        var compact = new int[Bins];
        long running = 0;
        for (var b = 0; b < Bins; b++)
        {
            compact[b] = centers.Count;
            if (hist[b] > 0)
            {
                running += hist[b];
                centers.Add((edges[b] + edges[b + 1]) / 2);
                cdf.Add(running);
            }
        }
        var fractions = cdf.Select(value => value / running).ToArray();
        var centerArray = centers.ToArray();
        var interp = new NumpyInterp(centerArray, fractions, data.Length);
        // A value's own bin is not empty, so the last centre at or below it is its bin's or the one before: no search.
        Parallel.For(0, Shader.Bands(data.Length), band =>
        {
            var (start, end) = Shader.Band(band, data.Length);
            for (var i = start; i < end; i++)
            {
                if (mask[i])
                {
                    result[i] = double.NaN;
                    continue;
                }
                var value = data[i];
                var k = compact[bins[i]];
                var j = value >= centerArray[k] ? k : k - 1;
                result[i] = interp.At(value, value > centerArray[^1] ? centerArray.Length : j);
            }
        });
        return (result, centers.Count);
    }

    /// <summary>numpy.histogram's bin for a value: the scaled index, then corrected against the edges.</summary>
    internal static int Bin(double value, double first, double norm, double[] edges)
    {
        var index = (long)((value - first) * norm);
        if (index == Bins)
        {
            index--;
        }
        if (value < edges[index])
        {
            index--;
        }
        if (index != Bins - 1 && value >= edges[index + 1])
        {
            index++;
        }
        return (int)index;
    }
}
