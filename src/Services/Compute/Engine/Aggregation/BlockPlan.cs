using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>
/// The blocks an aggregation reads: those whose bounds overlap the canvas and the filters. For each, whether a filter
/// must still be checked row by row (a block wholly inside the time or value range needs no check).
/// </summary>
internal sealed class BlockPlan
{
    private BlockPlan(PlannedBlock[] blocks, uint timeFrom, uint timeTo, bool[]? categories)
    {
        Blocks = blocks;
        TimeFrom = timeFrom;
        TimeTo = timeTo;
        AllowedCategories = categories;
    }

    public PlannedBlock[] Blocks { get; }

    public uint TimeFrom { get; }

    public uint TimeTo { get; }

    /// <summary>Allowed[code], or null when every category is allowed.</summary>
    public bool[]? AllowedCategories { get; }

    public static BlockPlan Create(Dataset dataset, DatasetColumn x, DatasetColumn y, (double X0, double X1, double Y0, double Y1) bounds, PointFilter filter)
    {
        var timeFrom = 0u;
        var timeTo = uint.MaxValue;
        var nothing = false;
        if (filter.Time is { } time)
        {
            var from = Math.Ceiling(Math.Max(0, time.Min));
            var to = Math.Floor(Math.Min(uint.MaxValue, time.Max));
            nothing |= from > to;
            timeFrom = nothing ? 0 : (uint)from;
            timeTo = nothing ? 0 : (uint)to;
        }
        bool[]? allowed = null;
        if (filter.Categories is { } codes)
        {
            allowed = new bool[dataset.Category.Descriptor.Type == ColumnType.UInt16 ? 65_536 : 256];
            foreach (var code in codes)
            {
                if (code >= 0 && code < allowed.Length)
                {
                    allowed[code] = true;
                }
            }
        }
        var blocks = new List<PlannedBlock>();
        for (var block = 0; block < dataset.BlockCount && !nothing; block++)
        {
            var xs = dataset.BlockStats(block, x);
            var ys = dataset.BlockStats(block, y);
            if (!xs.Overlaps(bounds.X0, bounds.X1) || !ys.Overlaps(bounds.Y0, bounds.Y1))
            {
                continue;
            }
            var checkTime = false;
            if (filter.Time is not null)
            {
                var times = dataset.BlockStats(block, dataset.Time);
                if (!times.Overlaps(timeFrom, timeTo))
                {
                    continue;
                }
                checkTime = !times.Within(timeFrom, timeTo) || times.NonFinite > 0;
            }
            var checkValue = false;
            if (filter.Value is { } range)
            {
                var values = dataset.BlockStats(block, dataset.Value);
                if (!values.Overlaps(range.Min, range.Max))
                {
                    continue;
                }
                checkValue = !values.Within(range.Min, range.Max) || values.NonFinite > 0;
            }
            var checkCategory = false;
            if (allowed is not null)
            {
                var categories = dataset.BlockStats(block, dataset.Category);
                var any = false;
                var all = true;
                for (var code = (int)categories.Min; code <= (int)categories.Max; code++)
                {
                    any |= allowed[code];
                    all &= allowed[code];
                }
                if (!any)
                {
                    continue;
                }
                checkCategory = !all;
            }
            blocks.Add(new PlannedBlock(block, checkTime, checkValue, checkCategory));
        }
        return new BlockPlan([.. blocks], timeFrom, timeTo, allowed);
    }
}
