using Agrovet.Compute.Engine.Aggregation;
using ILGPU;

namespace Agrovet.Compute.Engine.Gpu;

/// <summary>
/// The aggregation kernel: one thread per row, the same binning arithmetic as the CPU path (double precision, the last
/// pixel closed), then an atomic update of the grid.
/// </summary>
internal static class GpuKernels
{
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
        long row = index + pass.Offset;
        double x = xs[row];
        double y = ys[row];
        if (!(x >= pass.X0 && x <= pass.X1 && y >= pass.Y0 && y <= pass.Y1))
        {
            return;
        }
        if (pass.CheckTime != 0 && (times[row] < pass.TimeFrom || times[row] > pass.TimeTo))
        {
            return;
        }
        if (pass.CheckValue != 0)
        {
            double filtered = values[row];
            if (!(filtered >= pass.ValueFrom && filtered <= pass.ValueTo))
            {
                return;
            }
        }
        if (pass.CheckCategory != 0 && allowed[(int)codes[row]] == 0)
        {
            return;
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
        var pixel = ((pass.Height - 1 - fromBottom) * pass.Width) + column;
        switch (pass.Reduction)
        {
            case (int)Reduction.Count:
                Atomic.Add(ref counts[pixel], 1u);
                return;
            case (int)Reduction.CountCategorical:
                Atomic.Add(ref counts[((long)pixel * pass.Categories) + (int)codes[row]], 1u);
                return;
        }
        var value = values[row];
        if (float.IsNaN(value) || float.IsInfinity(value))
        {
            return;
        }
        switch (pass.Reduction)
        {
            case (int)Reduction.Min:
                Atomic.Min(ref extremes[pixel], value);
                return;
            case (int)Reduction.Max:
                Atomic.Max(ref extremes[pixel], value);
                return;
            case (int)Reduction.Std:
                Atomic.Add(ref squares[pixel], (double)value * value);
                break;
        }
        Atomic.Add(ref counts[pixel], 1u);
        Atomic.Add(ref sums[pixel], value);
    }
}
