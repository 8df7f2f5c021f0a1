using Agrovet.Compute.Engine.Aggregation;
using ILGPU;

namespace Agrovet.Compute.Engine.Gpu;

/// <summary>
/// The aggregation kernel: the same binning arithmetic as the CPU path (double precision, the last pixel closed). Each
/// thread takes <see cref="RowsPerThread"/> consecutive rows and keeps a running total while they fall in the same
/// pixel: the rows are sorted along a space-filling curve, so neighbours mostly share a pixel, and the grid sees one
/// atomic update per run instead of one per row (one per row made the atomics, not the memory, the limit).
/// </summary>
internal static class GpuKernels
{
    public const int RowsPerThread = 16;

    public static void Aggregate(
        Index1D index,
        GpuPass pass,
        ArrayView<float> xs,
        ArrayView<float> ys,
        ArrayView<float> values,
        ArrayView<uint> times,
        ArrayView<ushort> codes,
        ArrayView<int> allowed,
        ArrayView<double> edges,
        ArrayView<uint> counts,
        ArrayView<double> sums,
        ArrayView<double> squares,
        ArrayView<float> extremes)
    {
        long first = ((long)(int)index * RowsPerThread) + pass.Offset;
        long end = first + RowsPerThread;
        if (end > pass.End)
        {
            end = pass.End;
        }
        var countsOnly = pass.Reduction == (int)Reduction.Count || pass.Reduction == (int)Reduction.CountCategorical;
        long key = -1;
        uint runCount = 0;
        double runSum = 0;
        double runSquares = 0;
        float runExtreme = 0;
        for (var row = first; row < end; row++)
        {
            long pixel = Pixel(pass, row, xs, ys, values, times, codes, allowed, edges);
            if (pixel < 0)
            {
                continue;
            }
            if (pass.Reduction == (int)Reduction.CountCategorical)
            {
                pixel = (pixel * pass.Categories) + codes[row];
            }
            float value = 0;
            if (!countsOnly)
            {
                value = values[row];
                if (float.IsNaN(value) || float.IsInfinity(value))
                {
                    continue;
                }
            }
            if (pixel != key)
            {
                Flush(pass.Reduction, key, runCount, runSum, runSquares, runExtreme, counts, sums, squares, extremes);
                key = pixel;
                runCount = 0;
                runSum = 0;
                runSquares = 0;
                runExtreme = value;
            }
            runCount++;
            runSum += value;
            runSquares += (double)value * value;
            if (pass.Reduction == (int)Reduction.Min ? value < runExtreme : value > runExtreme)
            {
                runExtreme = value;
            }
        }
        Flush(pass.Reduction, key, runCount, runSum, runSquares, runExtreme, counts, sums, squares, extremes);
    }

    /// <summary>The row's pixel (row-major from the top), or -1 when the row is off the canvas or filtered out.</summary>
    private static long Pixel(GpuPass pass, long row, ArrayView<float> xs, ArrayView<float> ys, ArrayView<float> values,
        ArrayView<uint> times, ArrayView<ushort> codes, ArrayView<int> allowed, ArrayView<double> edges)
    {
        double x = xs[row];
        double y = ys[row];
        if (!(x >= pass.X0 && x <= pass.X1 && y >= pass.Y0 && y <= pass.Y1))
        {
            return -1;
        }
        if (pass.CheckTime != 0 && (times[row] < pass.TimeFrom || times[row] > pass.TimeTo))
        {
            return -1;
        }
        if (pass.CheckValue != 0)
        {
            double filtered = values[row];
            if (!(filtered >= pass.ValueFrom && filtered <= pass.ValueTo))
            {
                return -1;
            }
        }
        if (pass.CheckCategory != 0 && allowed[(int)codes[row]] == 0)
        {
            return -1;
        }
        var column = (int)((x - pass.X0) * pass.ScaleX);
        if (column > pass.Width - 1)
        {
            column = pass.Width - 1;
        }
        int fromBottom;
        if (pass.Mercator != 0)
        {
            int low = 0, high = pass.Height + 1;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (y >= edges[middle])
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            fromBottom = low - 1;
        }
        else
        {
            fromBottom = (int)((y - pass.Y0) * pass.ScaleY);
        }
        if (fromBottom > pass.Height - 1)
        {
            fromBottom = pass.Height - 1;
        }
        return ((long)(pass.Height - 1 - fromBottom) * pass.Width) + column;
    }

    /// <summary>Adds one run of rows that fell in the same cell (<paramref name="key"/>; none when -1) to the grid.</summary>
    private static void Flush(int reduction, long key, uint count, double sum, double sumOfSquares, float extreme,
        ArrayView<uint> counts, ArrayView<double> sums, ArrayView<double> squares, ArrayView<float> extremes)
    {
        if (key < 0)
        {
            return;
        }
        switch (reduction)
        {
            case (int)Reduction.Count:
            case (int)Reduction.CountCategorical:
                Atomic.Add(ref counts[key], count);
                return;
            case (int)Reduction.Min:
                Atomic.Min(ref extremes[key], extreme);
                return;
            case (int)Reduction.Max:
                Atomic.Max(ref extremes[key], extreme);
                return;
            case (int)Reduction.Std:
                Atomic.Add(ref squares[key], sumOfSquares);
                break;
        }
        Atomic.Add(ref counts[key], count);
        Atomic.Add(ref sums[key], sum);
    }
}
