namespace Agrovet.Compute.Tests;

/// <summary>
/// The definition, written as plainly as possible: every row, in its original order, one at a time. A row outside the
/// ranges or with a non-finite coordinate is skipped; the last pixel takes the upper edge; Web Mercator rows are the
/// bands between the inverse-projected row edges (found by a linear scan); value reductions skip non-finite values.
/// </summary>
public static class ReferenceAggregation
{
    public static int Pixel(Canvas canvas, double[]? mercatorEdges, float xf, float yf)
    {
        double x = xf, y = yf;
        var xRange = canvas.DataXRange;
        if (!(x >= xRange.Min && x <= xRange.Max))
        {
            return -1;
        }
        int fromBottom;
        if (canvas.Projection == Projection.WebMercator)
        {
            var edges = mercatorEdges ?? canvas.MercatorRowEdges();
            if (!(y >= edges[0] && y <= edges[^1]))
            {
                return -1;
            }
            fromBottom = 0;
            for (var k = 1; k < canvas.Height; k++)
            {
                if (y >= edges[k])
                {
                    fromBottom = k;
                }
            }
        }
        else
        {
            var yRange = canvas.YRange;
            if (!(y >= yRange.Min && y <= yRange.Max))
            {
                return -1;
            }
            fromBottom = (int)((y - yRange.Min) * (canvas.Height / (yRange.Max - yRange.Min)));
            if (fromBottom >= canvas.Height)
            {
                fromBottom = canvas.Height - 1;
            }
        }
        var column = (int)((x - xRange.Min) * (canvas.Width / (xRange.Max - xRange.Min)));
        if (column >= canvas.Width)
        {
            column = canvas.Width - 1;
        }
        return ((canvas.Height - 1 - fromBottom) * canvas.Width) + column;
    }

    public static bool Passes(Observation row, PointFilter filter)
    {
        if (filter.Time is { } time && !(row.Time >= time.Min && row.Time <= time.Max))
        {
            return false;
        }
        if (filter.Categories is { } categories && !categories.Contains(row.Category))
        {
            return false;
        }
        return filter.Value is not { } range || (row.Value >= range.Min && row.Value <= range.Max);
    }

    /// <summary>count and count_cat: counts per pixel (and category).</summary>
    public static uint[] Counts(IReadOnlyList<Observation> rows, AggregationQuery query, int categories)
    {
        var perPixel = query.Reduction == Reduction.CountCategorical ? categories : 1;
        var counts = new uint[query.Canvas.Pixels * perPixel];
        var edges = query.Canvas.Projection == Projection.WebMercator ? query.Canvas.MercatorRowEdges() : null;
        foreach (var row in rows)
        {
            var pixel = Pixel(query.Canvas, edges, row.Longitude, row.Latitude);
            if (pixel < 0 || !Passes(row, query.Filters))
            {
                continue;
            }
            counts[(pixel * perPixel) + (perPixel == 1 ? 0 : row.Category)]++;
        }
        return counts;
    }

    /// <summary>sum, mean, min, max, std: per pixel from the list of its finite values (NaN where none).</summary>
    public static double[] Values(IReadOnlyList<Observation> rows, AggregationQuery query)
    {
        var lists = new List<double>[query.Canvas.Pixels];
        var edges = query.Canvas.Projection == Projection.WebMercator ? query.Canvas.MercatorRowEdges() : null;
        foreach (var row in rows)
        {
            var pixel = Pixel(query.Canvas, edges, row.Longitude, row.Latitude);
            if (pixel < 0 || !Passes(row, query.Filters) || !float.IsFinite(row.Value))
            {
                continue;
            }
            (lists[pixel] ??= []).Add(row.Value);
        }
        return [.. lists.Select(values => values is null ? double.NaN : query.Reduction switch
        {
            Reduction.Sum => values.Sum(),
            Reduction.Mean => values.Average(),
            Reduction.Min => values.Min(),
            Reduction.Max => values.Max(),
            Reduction.Std => Math.Sqrt(values.Select(v => (v - values.Average()) * (v - values.Average())).Average()),
            _ => throw new ArgumentOutOfRangeException(nameof(query)),
        })];
    }
}
