using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;

namespace Agrovet.Compute.Inspect;

/// <summary>Reads one pixel of an aggregate and what it covers.</summary>
public static class PixelInspector
{
    /// <summary>Errors by field when the pixel is off the canvas (px, py), else none.</summary>
    public static Dictionary<string, string[]> Check(int? px, int? py, Canvas canvas)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (px is not { } x || x < 0 || x >= canvas.Width)
        {
            errors["px"] = [Messages.FormatPxRange(canvas.Width - 1)];
        }
        if (py is not { } y || y < 0 || y >= canvas.Height)
        {
            errors["py"] = [Messages.FormatPyRange(canvas.Height - 1)];
        }
        return errors;
    }

    public static InspectResponse Read(AggregateGrid grid, string dataset, AggregationQuery query, IReadOnlyList<string> categoryNames, int px, int py)
    {
        var canvas = query.Canvas;
        var xStep = canvas.XRange.Length / canvas.Width;
        var yStep = canvas.YRange.Length / canvas.Height;
        var x0 = canvas.XRange.Min + (px * xStep);
        var y1 = canvas.YRange.Max - (py * yStep);
        double[] xRange = [x0, x0 + xStep];
        double[] yRange = [y1 - yStep, y1];
        if (canvas.Projection == Projection.WebMercator)
        {
            xRange = [WebMercator.Longitude(xRange[0]), WebMercator.Longitude(xRange[1])];
            yRange = [WebMercator.Latitude(yRange[0]), WebMercator.Latitude(yRange[1])];
        }
        var value = grid.ValueAt(px, py);
        double? shown = grid.HoldsCounts ? value : double.IsNaN(value) ? null : value;
        var categories = new List<InspectCategory>();
        if (grid.Reduction == Reduction.CountCategorical)
        {
            var counts = grid.Counts.Slice(((py * grid.Width) + px) * grid.Categories, grid.Categories);
            for (var c = 0; c < counts.Length; c++)
            {
                if (counts[c] > 0)
                {
                    categories.Add(new InspectCategory(c < categoryNames.Count ? categoryNames[c] : c.ToString(System.Globalization.CultureInfo.InvariantCulture), counts[c]));
                }
            }
            categories.Sort((a, b) => b.Count.CompareTo(a.Count));
        }
        return new InspectResponse(dataset, px, py, xRange, yRange, query.Reduction.Name(), query.ValueColumn, shown, categories);
    }
}
