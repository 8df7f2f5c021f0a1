using System.Globalization;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Shading;
using Agrovet.Compute.Engine.Spreading;
using Agrovet.Compute.Engine.Validation;

namespace Agrovet.Compute.Engine.Rendering;

/// <summary>
/// Checks a parameter set as it arrives (query string or WebSocket message; wire names, text values) and builds the
/// render request, or says for each bad field how to fix it. Every limit that protects the server is here: canvas
/// size, cells of a count_cat aggregate, length of category lists and colour keys, spreading.
/// </summary>
public static class RenderParameters
{
    public const int DefaultWidth = 800;
    public const int DefaultHeight = 600;
    public const int MaxListLength = 256;
    public const long MaxCells = 64L * 1024 * 1024;

    public static RenderParametersOutcome Parse(IReadOnlyDictionary<string, string?> parameters, DatasetCatalog catalog) =>
        Parse(parameters, catalog.TryOpen);

    public static RenderParametersOutcome Parse(IReadOnlyDictionary<string, string?> parameters, Func<string, Dataset?> findDataset)
    {
        var errors = new FieldErrors();
        string? Get(string name) => parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var width = Size(Get("width"), "width", DefaultWidth, errors);
        var height = Size(Get("height"), "height", DefaultHeight, errors);
        var reduction = Reduction.Count;
        if (Get("agg") is { } agg && !ReductionNames.TryParse(agg, out reduction))
        {
            errors.Add("agg", Messages.FormatNotAggregation(agg, string.Join(", ", ReductionNames.All)));
        }
        var how = ShadeHow.EqHist;
        if (Get("how") is { } howText && !TryParseHow(howText, out how))
        {
            errors.Add("how", Messages.FormatNotShading(howText));
        }
        var colormap = Colormaps.Default;
        if (Get("cmap") is { } cmap && !Colormaps.TryGet(cmap, out colormap))
        {
            errors.Add("cmap", Messages.FormatNotColormap(cmap, string.Join(", ", Colormaps.Names)));
        }
        var projection = Projection.Linear;
        if (Get("projection") is { } projectionText)
        {
            projection = projectionText.ToLowerInvariant() switch
            {
                "linear" => Projection.Linear,
                "mercator" or "web_mercator" or "epsg:3857" => Projection.WebMercator,
                _ => Refuse(errors, "projection", Messages.FormatNotProjection(projectionText), Projection.Linear),
            };
        }
        var spread = 0;
        if (Get("spread") is { } spreadText
            && (!int.TryParse(spreadText, NumberStyles.Integer, CultureInfo.InvariantCulture, out spread) || spread < 0 || spread > Spreader.MaxPixels))
        {
            errors.Add("spread", Messages.FormatSpreadRange(Spreader.MaxPixels));
        }

        var name = Get("dataset");
        var dataset = name is null ? null : findDataset(name);
        if (name is null)
        {
            errors.Add("dataset", Messages.DatasetRequired);
        }
        else if (dataset is null)
        {
            errors.Add("dataset", Messages.FormatNoSuchDataset(name));
        }
        if (dataset is null)
        {
            return new RenderParametersOutcome.Invalid(errors.ToDictionary());
        }

        var x = FloatColumn(dataset, Get("x") ?? dataset.Longitude.Name, "x", errors);
        var y = FloatColumn(dataset, Get("y") ?? dataset.Latitude.Name, "y", errors);
        string? valueColumn = null;
        if (reduction.ReadsValues())
        {
            valueColumn = FloatColumn(dataset, Get("column") ?? dataset.Value.Name, "column", errors);
        }
        if (projection == Projection.WebMercator && (x != dataset.Longitude.Name || y != dataset.Latitude.Name))
        {
            errors.Add("projection", Messages.FormatMercatorNeedsLonLat(dataset.Longitude.Name, dataset.Latitude.Name));
        }
        var xRange = Range(Get("x_range"), "x_range", DefaultRange(dataset, x, projection, horizontal: true), errors, projection, horizontal: true);
        var yRange = Range(Get("y_range"), "y_range", DefaultRange(dataset, y, projection, horizontal: false), errors, projection, horizontal: false);
        var filter = new PointFilter(
            TimeRange(Get("time_range"), errors),
            Categories(Get("categories"), dataset, errors),
            Get("value_range") is { } valueRange ? Range(valueRange, "value_range", default, errors, Projection.Linear, horizontal: true) : null);
        var colorKey = ColorKey(Get("color_key"), dataset, reduction, errors);
        var categories = dataset.Manifest.Categories.Count;
        if (reduction == Reduction.CountCategorical && !errors.Has("width") && !errors.Has("height") && (long)width * height * categories > MaxCells)
        {
            errors.Add("agg", Messages.FormatTooManyCells(categories, ((long)width * height * categories).ToString("N0", CultureInfo.InvariantCulture), MaxCells.ToString("N0", CultureInfo.InvariantCulture)));
        }
        if (errors.Any)
        {
            return new RenderParametersOutcome.Invalid(errors.ToDictionary());
        }
        var canvas = new Canvas.Canvas(width, height, xRange, yRange, projection);
        var query = new AggregationQuery(canvas, reduction, x!, y!, valueColumn, filter.IsEmpty ? null : filter);
        return new RenderParametersOutcome.Valid(new RenderRequest(dataset.Name, query, how, colormap, colorKey, spread), dataset);
    }

    public static bool TryParseHow(string text, out ShadeHow how)
    {
        (var known, how) = text.Trim().ToLowerInvariant() switch
        {
            "linear" => (true, ShadeHow.Linear),
            "log" => (true, ShadeHow.Log),
            "cbrt" => (true, ShadeHow.Cbrt),
            "eq_hist" => (true, ShadeHow.EqHist),
            _ => (false, ShadeHow.Linear),
        };
        return known;
    }

    private static T Refuse<T>(FieldErrors errors, string field, string message, T fallback)
    {
        errors.Add(field, message);
        return fallback;
    }

    private static int Size(string? text, string field, int fallback, FieldErrors errors)
    {
        if (text is null)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) || size < 1 || size > Canvas.Canvas.MaxSide)
        {
            errors.Add(field, Messages.FormatSizeRange(field, Canvas.Canvas.MaxSide));
            return fallback;
        }
        return size;
    }

    private static string? FloatColumn(Dataset dataset, string name, string field, FieldErrors errors)
    {
        var column = dataset.FindColumn(name);
        var numeric = dataset.Columns.Where(c => c.Descriptor.Type == ColumnType.Float32).Select(c => c.Name);
        if (column is null)
        {
            errors.Add(field, Messages.FormatNotColumn(name, dataset.Name, string.Join(", ", numeric)));
            return null;
        }
        if (column.Descriptor.Type != ColumnType.Float32)
        {
            errors.Add(field, Messages.FormatNotNumeric(name, string.Join(", ", numeric)));
            return null;
        }
        return column.Name;
    }

    private static Interval DefaultRange(Dataset dataset, string? column, Projection projection, bool horizontal)
    {
        var descriptor = column is null ? null : dataset.FindColumn(column)?.Descriptor;
        var range = descriptor is null || double.IsNaN(descriptor.Min) ? new Interval(0, 1) : new Interval(descriptor.Min, descriptor.Max);
        if (range.Min == range.Max)
        {
            range = new Interval(range.Min - 0.5, range.Max + 0.5);
        }
        if (projection != Projection.WebMercator)
        {
            return range;
        }
        return horizontal
            ? new Interval(WebMercator.X(range.Min), WebMercator.X(range.Max))
            : new Interval(WebMercator.Y(Math.Max(range.Min, -WebMercator.MaxLatitude)), WebMercator.Y(Math.Min(range.Max, WebMercator.MaxLatitude)));
    }

    private static Interval Range(string? text, string field, Interval fallback, FieldErrors errors, Projection projection, bool horizontal)
    {
        if (text is null)
        {
            return fallback;
        }
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var max))
        {
            errors.Add(field, Messages.FormatRangeTwoNumbers(field));
            return fallback;
        }
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            errors.Add(field, Messages.FormatRangeFinite(field));
            return fallback;
        }
        if (!(min < max))
        {
            errors.Add(field, Messages.FormatRangeIncreasing(field, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)));
            return fallback;
        }
        if (projection == Projection.WebMercator && (Math.Abs(min) > WebMercator.HalfWorld || Math.Abs(max) > WebMercator.HalfWorld))
        {
            errors.Add(field, Messages.FormatRangeMercator(field, WebMercator.HalfWorld.ToString("F0", CultureInfo.InvariantCulture)));
            return fallback;
        }
        _ = horizontal;
        return new Interval(min, max);
    }

    private static Interval? TimeRange(string? text, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryParseTime(parts[0], out var from) || !TryParseTime(parts[1], out var to))
        {
            errors.Add("time_range", Messages.TimeRangeFormat);
            return null;
        }
        if (from > to)
        {
            errors.Add("time_range", Messages.TimeRangeBackwards);
            return null;
        }
        return new Interval(from, to);
    }

    private static bool TryParseTime(string text, out double seconds)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds))
        {
            return double.IsFinite(seconds);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            seconds = instant.ToUnixTimeSeconds();
            return true;
        }
        return false;
    }

    private static HashSet<int>? Categories(string? text, Dataset dataset, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length > MaxListLength)
        {
            errors.Add("categories", Messages.FormatCategoriesTooMany(names.Length.ToString("N0", CultureInfo.InvariantCulture), MaxListLength));
            return null;
        }
        var known = dataset.Manifest.Categories;
        var codes = new HashSet<int>();
        foreach (var name in names)
        {
            var code = known.ToList().FindIndex(category => string.Equals(category, name, StringComparison.OrdinalIgnoreCase));
            if (code < 0)
            {
                errors.Add("categories", Messages.FormatNotCategory(name, dataset.Name, string.Join(", ", known)));
                continue;
            }
            codes.Add(code);
        }
        return codes;
    }

    private static IReadOnlyList<Rgb> ColorKey(string? text, Dataset dataset, Reduction reduction, FieldErrors errors)
    {
        var categories = dataset.Manifest.Categories.Count;
        if (text is null)
        {
            if (reduction == Reduction.CountCategorical && categories > Colormaps.CategoryColors.Count)
            {
                errors.Add("color_key", Messages.FormatColorKeyNeeded(dataset.Name, categories, Colormaps.CategoryColors.Count));
            }
            return Colormaps.CategoryColors;
        }
        var entries = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length > MaxListLength)
        {
            errors.Add("color_key", Messages.FormatColorKeyTooMany(entries.Length.ToString("N0", CultureInfo.InvariantCulture), MaxListLength));
            return Colormaps.CategoryColors;
        }
        var colors = new List<Rgb>(entries.Length);
        foreach (var entry in entries)
        {
            if (!Rgb.TryParse(entry, out var color))
            {
                errors.Add("color_key", Messages.FormatNotColour(entry));
                continue;
            }
            colors.Add(color);
        }
        if (colors.Count == entries.Length && colors.Count < categories)
        {
            errors.Add("color_key", Messages.FormatColorKeyCount(colors.Count, categories));
        }
        return colors;
    }
}
