using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>
/// Aggregation on every core: workers take blocks from a shared counter (neighbouring blocks cover neighbouring
/// places, so each worker's pixels stay in its cache), bin them eight points at a time with SIMD into a chunk of pixel
/// indices, apply the filters, and add into a private partial aggregate; the partials are merged at the end. Nothing is
/// allocated per point; cancellation is checked before every block.
/// </summary>
public sealed unsafe class CpuAggregator(int? degreeOfParallelism = null) : IAggregator
{
    private const int ChunkSize = 4096;

    private readonly int _degreeOfParallelism = Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount);

    public string Name => $"CPU ({_degreeOfParallelism} threads)";

    public AggregateGrid Aggregate(Dataset dataset, AggregationQuery query, CancellationToken cancellationToken = default)
    {
        var context = AggregationContext.Resolve(dataset, query);
        var binning = new PixelBinning(query.Canvas);
        var plan = BlockPlan.Create(dataset, context.X, context.Y, binning.DataBounds, query.Filters);
        var workers = Math.Clamp(plan.Blocks.Length, 1, _degreeOfParallelism);
        var partials = new PartialAggregate?[workers];
        var next = -1;
        try
        {
            if (workers == 1)
            {
                Work(0);
            }
            else
            {
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Work);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var result = partials[0] ?? new PartialAggregate(query.Reduction, query.Canvas.Pixels, context.Categories);
            partials[0] = result;
            for (var w = 1; w < workers; w++)
            {
                if (partials[w] is { } other)
                {
                    result.Merge(other);
                }
            }
            var grid = result.ToGrid(query.Canvas.Width, query.Canvas.Height, context.Categories, (uint)dataset.Manifest.RowWeight);
            grid.BlocksRead = plan.Blocks.Length;
            grid.BlocksTotal = dataset.BlockCount;
            grid.RowsScanned = plan.Blocks.Sum(block => (long)dataset.BlockLength(block.Block));
            grid.IsPreview = dataset.Manifest.RowWeight > 1;
            return grid;
        }
        finally
        {
            foreach (var partial in partials)
            {
                partial?.Dispose();
            }
        }

        void Work(int worker)
        {
            var pixels = stackalloc int[ChunkSize];
            while (!cancellationToken.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= plan.Blocks.Length)
                {
                    return;
                }
                var partial = partials[worker] ??= new PartialAggregate(query.Reduction, query.Canvas.Pixels, context.Categories, splitCounts: true);
                AggregateBlock(dataset, context, binning, plan, plan.Blocks[index], partial, pixels);
            }
        }
    }

    private static void AggregateBlock(Dataset dataset, AggregationContext context, PixelBinning binning, BlockPlan plan,
        PlannedBlock block, PartialAggregate partial, int* pixels)
    {
        var start = dataset.BlockStart(block.Block);
        var end = start + dataset.BlockLength(block.Block);
        for (var chunk = start; chunk < end; chunk += ChunkSize)
        {
            var count = Math.Min(ChunkSize, end - chunk);
            binning.Bin(context.X.Floats + chunk, context.Y.Floats + chunk, count, pixels);
            if (block.CheckTime)
            {
                FilterTime((uint*)dataset.Time.Data + chunk, count, plan.TimeFrom, plan.TimeTo, pixels);
            }
            if (block.CheckValue)
            {
                FilterValue(dataset.Value.Floats + chunk, count, context.ValueFrom, context.ValueTo, pixels);
            }
            if (block.CheckCategory)
            {
                FilterCategory(dataset.Category.Data + (chunk * (long)context.CodeWidth), context.CodeWidth == 2, count, plan.AllowedCategories!, pixels);
            }
            switch (context.Reduction)
            {
                case Reduction.Count:
                    partial.AddCounts(pixels, count);
                    break;
                case Reduction.CountCategorical:
                    partial.AddCategoryCounts(pixels, dataset.Category.Data + (chunk * (long)context.CodeWidth), context.CodeWidth == 2, context.Categories, count);
                    break;
                default:
                    partial.AddValues(pixels, context.Values!.Floats + chunk, count);
                    break;
            }
        }
    }

    private static void FilterTime(uint* times, int count, uint from, uint to, int* pixels)
    {
        for (var i = 0; i < count; i++)
        {
            var time = times[i];
            if (time < from || time > to)
            {
                pixels[i] = -1;
            }
        }
    }

    private static void FilterValue(float* values, int count, double from, double to, int* pixels)
    {
        for (var i = 0; i < count; i++)
        {
            double value = values[i];
            if (!(value >= from && value <= to))
            {
                pixels[i] = -1;
            }
        }
    }

    private static void FilterCategory(byte* codes, bool wide, int count, bool[] allowed, int* pixels)
    {
        for (var i = 0; i < count; i++)
        {
            int code = wide ? ((ushort*)codes)[i] : codes[i];
            if (!allowed[code])
            {
                pixels[i] = -1;
            }
        }
    }
}
