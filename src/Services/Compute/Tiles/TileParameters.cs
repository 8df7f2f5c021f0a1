using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Compute.Tiles;

/// <summary>What a map tile may ask besides its address: the aggregation, its filters and the shading (the canvas is the tile's).</summary>
public sealed class TileParameters
{
    [FromQuery(Name = "agg")]
    [Description("Aggregation per pixel: count (default), sum, mean, min, max, std, count_cat.")]
    public string? Agg { get; init; }

    [FromQuery(Name = "column")]
    [Description("Float column that sum, mean, min, max and std reduce (default: the value column).")]
    public string? Column { get; init; }

    [FromQuery(Name = "how")]
    [Description("Shading: eq_hist (default), linear, log, cbrt. Each tile is shaded on its own: linear or log keep neighbouring tiles comparable.")]
    public string? How { get; init; }

    [FromQuery(Name = "cmap")]
    [Description("Colormap: fire (default), viridis, inferno, kbc, blues, greys, hot, lightblue_darkblue.")]
    public string? Cmap { get; init; }

    [FromQuery(Name = "color_key")]
    [Description("count_cat colours, one hex colour per category, comma-separated.")]
    public string? ColorKey { get; init; }

    [FromQuery(Name = "time_range")]
    [Description("'from,to', ISO 8601 or Unix seconds, inclusive.")]
    public string? TimeRange { get; init; }

    [FromQuery(Name = "categories")]
    [Description("Comma-separated category names: only points of those categories.")]
    public string? Categories { get; init; }

    [FromQuery(Name = "value_range")]
    [Description("'min,max' of the value column, inclusive.")]
    public string? ValueRange { get; init; }

    [FromQuery(Name = "spread")]
    [Description("Spread each pixel over a circle of this many pixels, 0 to 16.")]
    public string? Spread { get; init; }

    [FromQuery(Name = "size")]
    [Description("Tile side in pixels: 256 (default) or 512.")]
    public string? Size { get; init; }
}
