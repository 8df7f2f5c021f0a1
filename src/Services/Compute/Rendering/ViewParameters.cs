using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Compute.Rendering;

/// <summary>
/// The parameter set of a view as the query string gives it (every REST endpoint that renders or reads a view takes
/// these; a WebSocket message carries the same names). Checked by the engine's <c>RenderParameters.Parse</c>.
/// </summary>
public sealed class ViewParameters
{
    [FromQuery(Name = "dataset")]
    [Description("Dataset name, as listed by GET /compute/datasets/ (required).")]
    public string? Dataset { get; init; }

    [FromQuery(Name = "x")]
    [Description("Float column on the horizontal axis (default: longitude).")]
    public string? X { get; init; }

    [FromQuery(Name = "y")]
    [Description("Float column on the vertical axis (default: latitude).")]
    public string? Y { get; init; }

    [FromQuery(Name = "agg")]
    [Description("Aggregation per pixel: count (default), sum, mean, min, max, std, count_cat.")]
    public string? Agg { get; init; }

    [FromQuery(Name = "column")]
    [Description("Float column that sum, mean, min, max and std reduce (default: the dataset's value column).")]
    public string? Column { get; init; }

    [FromQuery(Name = "how")]
    [Description("Shading: eq_hist (default), linear, log, cbrt.")]
    public string? How { get; init; }

    [FromQuery(Name = "cmap")]
    [Description("Colormap: fire (default), viridis, inferno, kbc, blues, greys, hot, lightblue_darkblue.")]
    public string? Cmap { get; init; }

    [FromQuery(Name = "color_key")]
    [Description("count_cat colours, one hex colour per category, comma-separated (default: Datashader's Sets1to3).")]
    public string? ColorKey { get; init; }

    [FromQuery(Name = "width")]
    [Description("Canvas width in pixels, 1 to 4096 (default 800).")]
    public string? Width { get; init; }

    [FromQuery(Name = "height")]
    [Description("Canvas height in pixels, 1 to 4096 (default 600).")]
    public string? Height { get; init; }

    [FromQuery(Name = "x_range")]
    [Description("'min,max' of x, increasing and finite (default: the dataset's bounds; Web Mercator metres under projection=mercator).")]
    public string? XRange { get; init; }

    [FromQuery(Name = "y_range")]
    [Description("'min,max' of y, increasing and finite (default: the dataset's bounds).")]
    public string? YRange { get; init; }

    [FromQuery(Name = "projection")]
    [Description("linear (default) or mercator (Web Mercator; x and y must be the longitude and latitude).")]
    public string? Projection { get; init; }

    [FromQuery(Name = "time_range")]
    [Description("'from,to', ISO 8601 or Unix seconds, inclusive: only points of that period.")]
    public string? TimeRange { get; init; }

    [FromQuery(Name = "categories")]
    [Description("Comma-separated category names (at most 256): only points of those categories.")]
    public string? Categories { get; init; }

    [FromQuery(Name = "value_range")]
    [Description("'min,max' of the value column, inclusive: only points within it.")]
    public string? ValueRange { get; init; }

    [FromQuery(Name = "spread")]
    [Description("Spread each pixel over a circle of this many pixels, 0 (default) to 16.")]
    public string? Spread { get; init; }

    /// <summary>The set as <c>RenderParameters.Parse</c> takes it (wire names, text values).</summary>
    public Dictionary<string, string?> ToDictionary() => new(StringComparer.Ordinal)
    {
        ["dataset"] = Dataset,
        ["x"] = X,
        ["y"] = Y,
        ["agg"] = Agg,
        ["column"] = Column,
        ["how"] = How,
        ["cmap"] = Cmap,
        ["color_key"] = ColorKey,
        ["width"] = Width,
        ["height"] = Height,
        ["x_range"] = XRange,
        ["y_range"] = YRange,
        ["projection"] = Projection,
        ["time_range"] = TimeRange,
        ["categories"] = Categories,
        ["value_range"] = ValueRange,
        ["spread"] = Spread,
    };

    /// <summary>The wire names of every parameter (a WebSocket message may carry only these).</summary>
    public static IReadOnlySet<string> Names { get; } = new ViewParameters().ToDictionary().Keys.ToHashSet(StringComparer.Ordinal);
}
