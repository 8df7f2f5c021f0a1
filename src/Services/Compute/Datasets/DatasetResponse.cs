using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Datasets;

/// <summary>A dataset as clients see it: what it holds, where and when, and how to ask for views of it.</summary>
public sealed record DatasetResponse(
    string Name,
    string Title,
    string Description,
    long Rows,
    int Blocks,
    IReadOnlyList<DatasetColumnResponse> Columns,
    DatasetBounds? Bounds,
    DatasetPeriod? TimeRange,
    string CategoryColumn,
    IReadOnlyList<string> Categories,
    string ValueColumn,
    string ValueUnit,
    bool HasPreview)
{
    public static DatasetResponse From(DatasetManifest manifest, bool hasPreview)
    {
        var lon = manifest.Column(ColumnRole.Longitude);
        var lat = manifest.Column(ColumnRole.Latitude);
        var time = manifest.Column(ColumnRole.Time);
        var value = manifest.Column(ColumnRole.Value);
        var bounds = double.IsNaN(lon.Min) || double.IsNaN(lat.Min) ? null : new DatasetBounds(lon.Min, lon.Max, lat.Min, lat.Max);
        var period = double.IsNaN(time.Min)
            ? null
            : new DatasetPeriod(DateTimeOffset.FromUnixTimeSeconds((long)time.Min), DateTimeOffset.FromUnixTimeSeconds((long)time.Max));
        return new DatasetResponse(manifest.Name, manifest.Title, manifest.Description, manifest.Rows, manifest.BlockCount,
            [.. manifest.Columns.Select(DatasetColumnResponse.From)], bounds, period, manifest.Column(ColumnRole.Category).Name,
            manifest.Categories, value.Name, value.Unit, hasPreview);
    }
}
