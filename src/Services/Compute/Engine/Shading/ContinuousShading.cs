using System.Buffers;
using Agrovet.Compute.Engine.Aggregation;

namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// Datashader's shade of a count or value aggregate in a few passes over bands of pixels on every core, with no
/// canvas-sized array but the pooled transformed values. Counts whose range is under eq_hist's bin count take one colour
/// per count level: the transform and the colormap are functions of the value, so the colours of the levels present,
/// computed once, replace an interpolation per pixel. Other aggregates are transformed per pixel (eq_hist from a
/// histogram counted per band) and coloured per pixel. Every value goes through the same double operations, in the
/// same order where order matters, as numpy's step-by-step reference, so colours and legend are bit for bit the same.
/// </summary>
internal static class ContinuousShading
{
    private const int LegendStops = 5;
    private const int StopSets = 1 << LegendStops;

    public static ShadedImage Shade(AggregateGrid grid, Colormap colormap, ShadeHow how, byte alpha)
    {
        var n = grid.Width * grid.Height;
        var pixels = ShadedImage.Rent(n);
        var painter = new Painter(colormap, how, alpha, n, pixels);
        Legend legend;
        if (grid.HoldsCounts)
        {
            var source = new CountSource(grid.CountArray);
            legend = Span(source, n) is not { } span ? Empty(how)
                : span.Max - span.Min < EqualHistogram.Bins ? painter.PaintLevels(source.Counts, span.Min, span.Max)
                : painter.PaintEach(source, span.Min, span.Max);
        }
        else
        {
            var source = new ValueSource(grid.ValueArray);
            legend = Span(source, n) is not { } span ? Empty(how) : painter.PaintEach(source, span.Min, span.Max);
        }
        return new ShadedImage(grid.Width, grid.Height, pixels, legend);
    }

    private static Legend Empty(ShadeHow how) => Legend.Empty with { How = Shader.HowName(how) };

    /// <summary>Smallest and largest value of the non-empty pixels; null when all are empty.</summary>
    private static (double Min, double Max)? Span<TSource>(TSource source, int n)
        where TSource : struct, IShadingSource
    {
        var bands = Shader.Bands(n);
        var lows = new double[bands];
        var highs = new double[bands];
        Parallel.For(0, bands, band =>
        {
            var (start, end) = Shader.Band(band, n);
            double low = double.PositiveInfinity, high = double.NegativeInfinity;
            for (var i = start; i < end; i++)
            {
                if (!source.IsEmpty(i))
                {
                    var value = source.Value(i);
                    low = Math.Min(low, value);
                    high = Math.Max(high, value);
                }
            }
            lows[band] = low;
            highs[band] = high;
        });
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var band = 0; band < bands; band++)
        {
            min = Math.Min(min, lows[band]);
            max = Math.Max(max, highs[band]);
        }
        // Math.Min and Math.Max order -0 below +0 and never see NaN here, so merging bands gives the sequential answer.
        return min <= max ? (min, max) : null;
    }

    /// <summary>Ranges of pixels for the passes that keep a histogram each: one per core at most.</summary>
    private static int Parts(int n) => Math.Min(Shader.Bands(n), Environment.ProcessorCount);

    private static (int Start, int End) Part(int part, int parts, int n) =>
        ((int)((long)n * part / parts), (int)((long)n * (part + 1) / parts));

    /// <summary>The shading of one aggregate into its pixels.</summary>
    private sealed class Painter(Colormap colormap, ShadeHow how, byte alpha, int n, uint[] pixels)
    {
        /// <summary>Counts from <paramref name="offset"/> to <paramref name="top"/>, fewer levels than eq_hist's bins.</summary>
        public Legend PaintLevels(uint[] counts, double offset, double top)
        {
            var lowest = (uint)offset;
            var levels = (int)(top - offset) + 1;
            var histogram = LevelHistogram(counts, lowest, levels);
            try
            {
                var transformed = ArrayPool<double>.Shared.Rent(levels);
                var table = ArrayPool<uint>.Shared.Rent(levels);
                try
                {
                    // The transform of a shifted count, as ShadingTransform and EqualHistogram's exact counting give it.
                    long total = 0;
                    if (how == ShadeHow.EqHist)
                    {
                        for (var v = 0; v < levels; v++)
                        {
                            total += histogram[v];
                        }
                    }
                    var last = (double)total;
                    long running = 0;
                    double low = double.NaN, high = double.NaN;
                    for (var v = 0; v < levels; v++)
                    {
                        running += histogram[v];
                        if (histogram[v] == 0)
                        {
                            continue;
                        }
                        double shifted = v;
                        var t = how switch
                        {
                            ShadeHow.EqHist => (double)running / last,
                            ShadeHow.Log => ShadingTransform.LogOnePlus(shifted),
                            ShadeHow.Cbrt => Math.Pow(shifted, 1.0 / 3.0),
                            _ => shifted,
                        };
                        transformed[v] = t;
                        low = double.IsNaN(low) || t < low ? t : low;
                        high = double.IsNaN(high) || t > high ? t : high;
                    }
                    var colors = new ColormapInterp(NumpyInterp.Linspace(low, high, colormap.Colors.Count), colormap, n);
                    var positions = NumpyInterp.Linspace(low, high, LegendStops);
                    var values = new double[LegendStops];
                    Array.Fill(values, double.PositiveInfinity);
                    for (var v = 0; v < levels; v++)
                    {
                        if (histogram[v] == 0)
                        {
                            continue;
                        }
                        var t = transformed[v];
                        table[v] = colors.Pixel(t, alpha);
                        double data = v + lowest;
                        for (var s = 0; s < LegendStops; s++)
                        {
                            if (t >= positions[s] && data < values[s])
                            {
                                values[s] = data;
                            }
                        }
                    }
                    Parallel.For(0, Shader.Bands(n), band =>
                    {
                        var (start, end) = Shader.Band(band, n);
                        for (var i = start; i < end; i++)
                        {
                            var count = counts[i];
                            if (count != 0)
                            {
                                pixels[i] = table[count - lowest];
                            }
                        }
                    });
                    return new Legend(Shader.HowName(how), offset, top, Stops(values, positions, colors), []);
                }
                finally
                {
                    ArrayPool<double>.Shared.Return(transformed);
                    ArrayPool<uint>.Shared.Return(table);
                }
            }
            finally
            {
                ArrayPool<long>.Shared.Return(histogram);
            }
        }

        /// <summary>Any aggregate: transformed pixel by pixel, then coloured pixel by pixel.</summary>
        public Legend PaintEach<TSource>(TSource source, double offset, double top)
            where TSource : struct, IShadingSource
        {
            var transformed = ArrayPool<double>.Shared.Rent(n);
            try
            {
                var (low, high) = how == ShadeHow.EqHist
                    ? Equalize(source, offset, top, transformed)
                    : Transform(source, offset, transformed);
                var colors = new ColormapInterp(NumpyInterp.Linspace(low, high, colormap.Colors.Count), colormap, n);
                var positions = NumpyInterp.Linspace(low, high, LegendStops);
                var values = Colour(source, transformed, colors, positions);
                return new Legend(Shader.HowName(how), offset, top, Stops(values, positions, colors), []);
            }
            finally
            {
                ArrayPool<double>.Shared.Return(transformed);
            }
        }

        private long[] LevelHistogram(uint[] counts, uint lowest, int levels)
        {
            var parts = Parts(n);
            var partials = new int[parts][];
            Parallel.For(0, parts, part =>
            {
                var (start, end) = Part(part, parts, n);
                var local = ArrayPool<int>.Shared.Rent(levels);
                local.AsSpan(0, levels).Clear();
                for (var i = start; i < end; i++)
                {
                    var count = counts[i];
                    if (count != 0)
                    {
                        local[count - lowest]++;
                    }
                }
                partials[part] = local;
            });
            return Merge(partials, levels);
        }

        /// <summary>linear, log or cbrt of the shifted values (NaN where empty); the NaN-skipping span of the result.</summary>
        private (double Low, double High) Transform<TSource>(TSource source, double offset, double[] transformed)
            where TSource : struct, IShadingSource
        {
            return Banded(band =>
            {
                var (start, end) = Shader.Band(band, n);
                double low = double.NaN, high = double.NaN;
                for (var i = start; i < end; i++)
                {
                    if (source.IsEmpty(i))
                    {
                        transformed[i] = double.NaN;
                        continue;
                    }
                    var shifted = source.Value(i) - offset;
                    var t = how switch
                    {
                        ShadeHow.Log => ShadingTransform.LogOnePlus(shifted),
                        ShadeHow.Cbrt => Math.Pow(shifted, 1.0 / 3.0),
                        _ => shifted,
                    };
                    transformed[i] = t;
                    Extend(ref low, ref high, t);
                }
                return (low, high);
            });
        }

        /// <summary>EqualHistogram's binned path (numpy.histogram with 65,536 bins, empty bins dropped, numpy.interp).</summary>
        private (double Low, double High) Equalize<TSource>(TSource source, double offset, double top, double[] transformed)
            where TSource : struct, IShadingSource
        {
            var (first, last) = ShiftedSpan(source, offset, top);
            if (first == last)
            {
                first -= 0.5;
                last += 0.5;
            }
            const int bins = EqualHistogram.Bins;
            var edges = NumpyInterp.Linspace(first, last, bins + 1);
            var norm = bins / (last - first);
            var parts = Parts(n);
            var partials = new int[parts][];
            // Each pixel's bin, kept for the second pass: finding it again reads the edges a second time.
            var binOf = ArrayPool<int>.Shared.Rent(n);
            Parallel.For(0, parts, part =>
            {
                var (start, end) = Part(part, parts, n);
                var local = ArrayPool<int>.Shared.Rent(bins);
                local.AsSpan(0, bins).Clear();
                for (var i = start; i < end; i++)
                {
                    if (!source.IsEmpty(i))
                    {
                        var bin = EqualHistogram.Bin(source.Value(i) - offset, first, norm, edges);
                        binOf[i] = bin;
                        local[bin]++;
                    }
                }
                partials[part] = local;
            });
            var hist = Merge(partials, bins);
            var compact = ArrayPool<int>.Shared.Rent(bins);
            try
            {
                var centers = new List<double>();
                var cdf = new List<double>();
                long running = 0;
                for (var b = 0; b < bins; b++)
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
                var interp = new NumpyInterp(centerArray, fractions, n);
                // A value's own bin is not empty, so the last centre at or below it is its bin's or the one before.
                return Banded(band =>
                {
                    var (start, end) = Shader.Band(band, n);
                    double low = double.NaN, high = double.NaN;
                    for (var i = start; i < end; i++)
                    {
                        if (source.IsEmpty(i))
                        {
                            transformed[i] = double.NaN;
                            continue;
                        }
                        var value = source.Value(i) - offset;
                        var k = compact[binOf[i]];
                        var j = value >= centerArray[k] ? k : k - 1;
                        var t = interp.AtInline(value, value > centerArray[^1] ? centerArray.Length : j);
                        transformed[i] = t;
                        Extend(ref low, ref high, t);
                    }
                    return (low, high);
                });
            }
            finally
            {
                ArrayPool<long>.Shared.Return(hist);
                ArrayPool<int>.Shared.Return(compact);
                ArrayPool<int>.Shared.Return(binOf);
            }
        }

        /// <summary>
        /// Smallest and largest shifted value. Subtracting a constant keeps the order of finite values, so from a finite
        /// span they are 0 and top - offset; otherwise (infinities make NaN) they are taken pixel by pixel.
        /// </summary>
        private (double First, double Last) ShiftedSpan<TSource>(TSource source, double offset, double top)
            where TSource : struct, IShadingSource
        {
            if (double.IsFinite(offset) && double.IsFinite(top))
            {
                return (0.0, top - offset);
            }
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (var i = 0; i < n; i++)
            {
                if (!source.IsEmpty(i))
                {
                    min = Math.Min(min, source.Value(i) - offset);
                    max = Math.Max(max, source.Value(i) - offset);
                }
            }
            return (min, max);
        }

        /// <summary>
        /// Colours every pixel whose transformed value is not NaN and returns, for each legend position, the smallest
        /// data value among the pixels at or above it. Each band keeps, per set of positions a pixel reaches, its first
        /// smallest value; merged by value, then by pixel, that is the answer of one loop in pixel order.
        /// </summary>
        private double[] Colour<TSource>(TSource source, double[] transformed, ColormapInterp colors, double[] positions)
            where TSource : struct, IShadingSource
        {
            var bands = Shader.Bands(n);
            var smallest = new double[bands * StopSets];
            var where = new int[bands * StopSets];
            Array.Fill(smallest, double.PositiveInfinity);
            Array.Fill(where, -1);
            Parallel.For(0, bands, band =>
            {
                var (start, end) = Shader.Band(band, n);
                var mine = smallest.AsSpan(band * StopSets, StopSets);
                var at = where.AsSpan(band * StopSets, StopSets);
                for (var i = start; i < end; i++)
                {
                    var t = transformed[i];
                    if (double.IsNaN(t))
                    {
                        continue;
                    }
                    pixels[i] = colors.Pixel(t, alpha);
                    var set = 0;
                    for (var s = 0; s < LegendStops; s++)
                    {
                        set |= t >= positions[s] ? 1 << s : 0;
                    }
                    var data = source.Value(i);
                    if (data < mine[set])
                    {
                        mine[set] = data;
                        at[set] = i;
                    }
                }
            });
            var values = new double[LegendStops];
            for (var s = 0; s < LegendStops; s++)
            {
                var value = double.PositiveInfinity;
                var first = int.MaxValue;
                for (var slot = 0; slot < smallest.Length; slot++)
                {
                    if (((slot % StopSets) & (1 << s)) != 0 && where[slot] >= 0
                        && (smallest[slot] < value || (smallest[slot] == value && where[slot] < first)))
                    {
                        value = smallest[slot];
                        first = where[slot];
                    }
                }
                values[s] = value;
            }
            return values;
        }

        /// <summary>Runs a band pass that returns each band's NaN-skipping span and merges them in band order.</summary>
        private (double Low, double High) Banded(Func<int, (double Low, double High)> pass)
        {
            var bands = Shader.Bands(n);
            var spans = new (double Low, double High)[bands];
            Parallel.For(0, bands, band => spans[band] = pass(band));
            double low = double.NaN, high = double.NaN;
            foreach (var span in spans)
            {
                if (!double.IsNaN(span.Low))
                {
                    Extend(ref low, ref high, span.Low);
                    Extend(ref low, ref high, span.High);
                }
            }
            return (low, high);
        }

        /// <summary>ShadingTransform.NanSpan's step: the first of equal values stays.</summary>
        private static void Extend(ref double low, ref double high, double value)
        {
            if (double.IsNaN(value))
            {
                return;
            }
            low = double.IsNaN(low) || value < low ? value : low;
            high = double.IsNaN(high) || value > high ? value : high;
        }

        private static long[] Merge(int[][] partials, int length)
        {
            var merged = ArrayPool<long>.Shared.Rent(length);
            merged.AsSpan(0, length).Clear();
            foreach (var partial in partials)
            {
                for (var i = 0; i < length; i++)
                {
                    merged[i] += partial[i];
                }
                ArrayPool<int>.Shared.Return(partial);
            }
            return merged;
        }

        private static List<LegendStop> Stops(double[] values, double[] positions, ColormapInterp colors) =>
            [.. values.Select((value, s) => new LegendStop(value, colors.Color(positions[s]).ToString()))];
    }
}
