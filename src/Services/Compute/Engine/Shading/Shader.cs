using Agrovet.Compute.Engine.Aggregation;

namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// Turns aggregates into colours as Datashader's tf.shade does, value for value: empty pixels (count 0, or NaN)
/// transparent; the rest shifted by their minimum, transformed (linear, log, cbrt, eq_hist), spread over the
/// colormap by numpy.interp and truncated to bytes. count_cat mixes the category colours by their counts and sets the
/// alpha from the total, from min_alpha (40) to alpha (255).
/// </summary>
public static class Shader
{
    public const byte DefaultMinAlpha = 40;

    public static ShadedImage Shade(AggregateGrid grid, Colormap colormap, ShadeHow how, byte alpha = 255)
    {
        if (grid.Reduction == Reduction.CountCategorical)
        {
            throw new ArgumentException("count_cat aggregates are shaded with ShadeCategories.", nameof(grid));
        }
        return ContinuousShading.Shade(grid, colormap, how, alpha);
    }

    public static ShadedImage ShadeCategories(AggregateGrid grid, IReadOnlyList<Rgb> colors, IReadOnlyList<string> names,
        ShadeHow how, byte alpha = 255, byte minAlpha = DefaultMinAlpha)
    {
        if (grid.Reduction != Reduction.CountCategorical)
        {
            throw new ArgumentException("Only count_cat aggregates have categories to colour.", nameof(grid));
        }
        var categories = grid.Categories;
        if (colors.Count < categories)
        {
            throw new ArgumentException($"{colors.Count} colours for {categories} categories.", nameof(colors));
        }
        var n = grid.Width * grid.Height;
        var counts = grid.Counts;
        var pixels = ShadedImage.Rent(n);
        uint baseline = uint.MaxValue;
        foreach (var count in counts)
        {
            baseline = Math.Min(baseline, count);
        }
        if (counts.Length == 0)
        {
            baseline = 0;
        }
        float averageRed = 0, averageGreen = 0, averageBlue = 0;
        for (var c = 0; c < categories; c++)
        {
            averageRed += colors[c].R;
            averageGreen += colors[c].G;
            averageBlue += colors[c].B;
        }
        var totals = new double[n];
        var perCategory = new long[categories];
        var anyEmpty = false;
        var minimum = ulong.MaxValue;
        for (var p = 0; p < n; p++)
        {
            float weight = 0, red = 0, green = 0, blue = 0;
            ulong total = 0;
            for (var c = 0; c < categories; c++)
            {
                var count = counts[(p * categories) + c];
                total += count;
                perCategory[c] += count;
                var shifted = (float)(count - baseline);
                weight += shifted;
                red += shifted * colors[c].R;
                green += shifted * colors[c].G;
                blue += shifted * colors[c].B;
            }
            pixels[p] = weight == 0
                ? Pack(Byte(averageRed / categories), Byte(averageGreen / categories), Byte(averageBlue / categories), 0)
                : Pack(Byte(red / weight), Byte(green / weight), Byte(blue / weight), 0);
            totals[p] = total;
            anyEmpty |= total == 0;
            minimum = Math.Min(minimum, total);
        }
        if (n > 0)
        {
            ApplyAlpha(pixels, totals, anyEmpty, minimum, how, alpha, minAlpha);
        }
        var legend = new Legend(HowName(how), null, null, [],
            [.. names.Take(categories).Select((name, c) => new LegendCategory(name, colors[c].ToString(), perCategory[c]))]);
        return new ShadedImage(grid.Width, grid.Height, pixels, legend);
    }

    /// <summary>Datashader's _interpolate_alpha without a span: empty pixels (total 0) transparent.</summary>
    private static void ApplyAlpha(uint[] pixels, double[] totals, bool anyEmpty, ulong minimum, ShadeHow how, byte alpha, byte minAlpha)
    {
        var n = totals.Length;
        var mask = new bool[n];
        double offset = minimum;
        if (anyEmpty)
        {
            offset = double.PositiveInfinity;
            for (var p = 0; p < n; p++)
            {
                mask[p] = totals[p] == 0;
                if (!mask[p])
                {
                    offset = Math.Min(offset, totals[p]);
                }
            }
            if (double.IsPositiveInfinity(offset))
            {
                return;
            }
        }
        var shifted = new double[n];
        for (var p = 0; p < n; p++)
        {
            shifted[p] = mask[p] ? double.NaN : totals[p] - offset;
        }
        // Datashader has turned the totals into floats (NaN for the empty pixels) when some are empty: eq_hist then bins
        // them; with no empty pixel they are still integers and it counts them exactly.
        var (scaled, _) = ShadingTransform.Apply(shifted, mask, integerData: !anyEmpty, how);
        var (low, high) = ShadingTransform.NanSpan(scaled);
        var interp = new NumpyInterp([low, high], [minAlpha, alpha], n, left: 0, right: 255);
        for (var p = 0; p < n; p++)
        {
            var a = interp.Evaluate(scaled[p]);
            pixels[p] |= (uint)Byte(a) << 24;
        }
    }

    /// <summary>Pixel ranges shaded in parallel: a few per core, none under 16K pixels.</summary>
    internal static int Bands(int pixels) => Math.Clamp(pixels / 16_384, 1, Environment.ProcessorCount * 4);

    internal static (int Start, int End) Band(int band, int pixels)
    {
        var bands = Bands(pixels);
        return ((int)((long)pixels * band / bands), (int)((long)pixels * (band + 1) / bands));
    }

    public static string HowName(ShadeHow how) => how == ShadeHow.EqHist ? "eq_hist" : how.ToString().ToLowerInvariant();

    internal static uint Pack(byte red, byte green, byte blue, byte alpha) =>
        red | ((uint)green << 8) | ((uint)blue << 16) | ((uint)alpha << 24);

    /// <summary>numpy's nan_to_num then astype(uint8): NaN is 0, the rest truncated.</summary>
    private static byte Byte(double value) => double.IsNaN(value) ? (byte)0 : (byte)Math.Clamp(value, 0, 255);
}
