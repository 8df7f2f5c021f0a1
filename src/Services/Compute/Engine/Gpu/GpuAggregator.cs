using System.Collections.Concurrent;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Datasets;
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace Agrovet.Compute.Engine.Gpu;

/// <summary>
/// Aggregation on a GPU through ILGPU: a dataset's columns are copied to the device once and kept there; each
/// aggregation launches one kernel per run of consecutive overlapping blocks (a thread per
/// <see cref="GpuKernels.RowsPerThread"/> rows, with atomics into one grid), and copies the grid back.
/// <see cref="TryCreateCuda"/> picks a CUDA device when there is one; the tests run the same kernel on ILGPU's CPU
/// accelerator. Calls are serialized: one accelerator stream.
/// </summary>
public sealed unsafe class GpuAggregator : IAggregator, IDisposable
{
    private readonly Context _context;
    private readonly Accelerator _accelerator;
    private readonly Action<Index1D, GpuPass, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<uint>,
        ArrayView<ushort>, ArrayView<int>, ArrayView<double>, ArrayView<uint>, ArrayView<double>, ArrayView<double>, ArrayView<float>> _kernel;
    private readonly ConcurrentDictionary<(string Folder, string Column), MemoryBuffer> _columns = new();
    private readonly Lock _gate = new();

    private GpuAggregator(Context context, Accelerator accelerator)
    {
        _context = context;
        _accelerator = accelerator;
        _kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, GpuPass, ArrayView<float>, ArrayView<float>, ArrayView<float>,
            ArrayView<uint>, ArrayView<ushort>, ArrayView<int>, ArrayView<double>, ArrayView<uint>, ArrayView<double>,
            ArrayView<double>, ArrayView<float>>(GpuKernels.Aggregate);
    }

    public string Name => $"GPU ({_accelerator.AcceleratorType}: {_accelerator.Name})";

    /// <summary>
    /// An aggregator on the first CUDA device, or null when the machine has none (or no driver); <paramref name="whyNot"/>
    /// is told the reason then (no device, or the error ILGPU gave).
    /// </summary>
    public static GpuAggregator? TryCreateCuda(Action<string>? whyNot = null)
    {
        Context? context = null;
        try
        {
            context = Context.Create(builder => builder.Cuda().Math(MathMode.Default));
            var devices = context.GetCudaDevices();
            if (devices.Count == 0)
            {
                context.Dispose();
                whyNot?.Invoke("ILGPU found no CUDA device (no NVIDIA GPU, or no libcuda.so on the library path).");
                return null;
            }
            return new GpuAggregator(context, devices[0].CreateAccelerator(context));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context?.Dispose();
            whyNot?.Invoke($"ILGPU could not open a CUDA device: {exception.GetType().Name}: {exception.Message}");
            return null;
        }
    }

    /// <summary>The same kernel on ILGPU's CPU accelerator (slow; for tests).</summary>
    public static GpuAggregator CreateCpuSimulator()
    {
        var context = Context.Create(builder => builder.CPU());
        return new GpuAggregator(context, context.CreateCPUAccelerator(0));
    }

    public AggregateGrid Aggregate(Dataset dataset, AggregationQuery query, CancellationToken cancellationToken = default)
    {
        var context = AggregationContext.Resolve(dataset, query);
        var canvas = query.Canvas;
        var binning = new PixelBinning(canvas);
        var plan = BlockPlan.Create(dataset, context.X, context.Y, binning.DataBounds, query.Filters);
        var bounds = binning.DataBounds;
        using var partial = new PartialAggregate(query.Reduction, canvas.Pixels, context.Categories);
        lock (_gate)
        {
            var xs = Column<float>(dataset, context.X);
            var ys = Column<float>(dataset, context.Y);
            var values = context.Values is null ? Empty<float>() : Column<float>(dataset, context.Values);
            var times = query.Filters.Time is null ? Empty<uint>() : Column<uint>(dataset, dataset.Time);
            var codes = query.Reduction == Reduction.CountCategorical || query.Filters.Categories is not null
                ? Codes(dataset)
                : Empty<ushort>();
            var filterValues = query.Filters.Value is not null ? Column<float>(dataset, dataset.Value) : values;
            using var allowed = _accelerator.Allocate1D<int>(Math.Max(1, plan.AllowedCategories?.Length ?? 1));
            if (plan.AllowedCategories is { } categories)
            {
                allowed.CopyFromCPU(categories.Select(flag => flag ? 1 : 0).ToArray());
            }
            var edgesHost = canvas.Projection == Canvas.Projection.WebMercator ? canvas.MercatorRowEdges() : [0.0];
            using var edges = _accelerator.Allocate1D(edgesHost);
            using var counts = Upload(partial.Counts);
            using var sums = Upload(partial.Sums);
            using var squares = Upload(partial.Squares);
            using var extremes = Upload(partial.Extremes);
            var pass = new GpuPass(0, 0, canvas.Width, canvas.Height, bounds.X0, bounds.X1, canvas.Width / (bounds.X1 - bounds.X0),
                bounds.Y0, bounds.Y1, canvas.Height / (bounds.Y1 - bounds.Y0), canvas.Projection == Canvas.Projection.WebMercator ? 1 : 0,
                (int)query.Reduction, context.Categories, query.Filters.Time is null ? 0 : 1, plan.TimeFrom, plan.TimeTo,
                query.Filters.Value is null ? 0 : 1, context.ValueFrom, context.ValueTo, query.Filters.Categories is null ? 0 : 1);
            pass = pass with { ScaleX = canvas.Width / (canvas.DataXRange.Max - canvas.DataXRange.Min) };
            if (canvas.Projection != Canvas.Projection.WebMercator)
            {
                pass = pass with { ScaleY = canvas.Height / (canvas.DataYRange.Max - canvas.DataYRange.Min) };
            }
            foreach (var (start, length) in Runs(dataset, plan))
            {
                cancellationToken.ThrowIfCancellationRequested();
                _kernel((length + GpuKernels.RowsPerThread - 1) / GpuKernels.RowsPerThread, pass with { Offset = start, End = start + length }, xs, ys, query.Filters.Value is not null ? filterValues : values, times, codes,
                    allowed.View, edges.View, counts.View, sums.View, squares.View, extremes.View);
            }
            _accelerator.Synchronize();
            cancellationToken.ThrowIfCancellationRequested();
            ((ArrayView<uint>)counts.View).SubView(0, partial.Counts.Length).CopyToCPU(partial.Counts);
            ((ArrayView<double>)sums.View).SubView(0, partial.Sums.Length).CopyToCPU(partial.Sums);
            ((ArrayView<double>)squares.View).SubView(0, partial.Squares.Length).CopyToCPU(partial.Squares);
            ((ArrayView<float>)extremes.View).SubView(0, partial.Extremes.Length).CopyToCPU(partial.Extremes);
        }
        var grid = partial.ToGrid(canvas.Width, canvas.Height, context.Categories, (uint)dataset.Manifest.RowWeight);
        grid.BlocksRead = plan.Blocks.Length;
        grid.BlocksTotal = dataset.BlockCount;
        grid.RowsScanned = plan.Blocks.Sum(block => (long)dataset.BlockLength(block.Block));
        grid.IsPreview = dataset.Manifest.RowWeight > 1;
        return grid;
    }

    public void Dispose()
    {
        foreach (var buffer in _columns.Values)
        {
            buffer.Dispose();
        }
        _columns.Clear();
        _accelerator.Dispose();
        _context.Dispose();
    }

    /// <summary>Consecutive planned blocks merged into row ranges, one launch each.</summary>
    private static List<(int Start, int Length)> Runs(Dataset dataset, BlockPlan plan)
    {
        var runs = new List<(int Start, int Length)>();
        foreach (var block in plan.Blocks)
        {
            var start = dataset.BlockStart(block.Block);
            var length = dataset.BlockLength(block.Block);
            if (runs.Count > 0 && runs[^1].Start + runs[^1].Length == start)
            {
                runs[^1] = (runs[^1].Start, runs[^1].Length + length);
            }
            else
            {
                runs.Add((start, length));
            }
        }
        return runs;
    }

    private ArrayView<T> Column<T>(Dataset dataset, DatasetColumn column)
        where T : unmanaged
    {
        var buffer = _columns.GetOrAdd((dataset.Folder, column.Name), _ =>
        {
            var rows = checked((int)dataset.Rows);
            var device = _accelerator.Allocate1D<T>(Math.Max(1, rows));
            if (rows > 0)
            {
                ((ArrayView<T>)device.View).SubView(0, rows).CopyFromCPU(new ReadOnlySpan<T>(column.Data, rows));
            }
            return device;
        });
        return ((MemoryBuffer1D<T, Stride1D.Dense>)buffer).View;
    }

    private ArrayView<ushort> Codes(Dataset dataset)
    {
        var column = dataset.Category;
        if (column.Descriptor.Type == ColumnType.UInt16)
        {
            return Column<ushort>(dataset, column);
        }
        var buffer = _columns.GetOrAdd((dataset.Folder, column.Name + ":wide"), _ =>
        {
            var rows = checked((int)dataset.Rows);
            var wide = new ushort[Math.Max(1, rows)];
            for (var i = 0; i < rows; i++)
            {
                wide[i] = column.Data[i];
            }
            return _accelerator.Allocate1D(wide);
        });
        return ((MemoryBuffer1D<ushort, Stride1D.Dense>)buffer).View;
    }

    private ArrayView<T> Empty<T>()
        where T : unmanaged
    {
        var buffer = _columns.GetOrAdd(("", typeof(T).Name), _ => _accelerator.Allocate1D<T>(1));
        return ((MemoryBuffer1D<T, Stride1D.Dense>)buffer).View;
    }

    private MemoryBuffer1D<T, Stride1D.Dense> Upload<T>(Span<T> host)
        where T : unmanaged
    {
        var buffer = _accelerator.Allocate1D<T>(Math.Max(1, host.Length));
        if (host.Length > 0)
        {
            ((ArrayView<T>)buffer.View).SubView(0, host.Length).CopyFromCPU(host);
        }
        return buffer;
    }
}
