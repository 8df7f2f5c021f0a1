using System.Text.Json.Serialization;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>
/// manifest.json of a dataset folder: what the raw column files hold. Rows are sorted along a Morton curve over
/// (longitude, latitude) and cut into blocks of <see cref="BlockSize"/> rows whose bounds are in blocks.bin.
/// </summary>
public sealed record DatasetManifest
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public required string Name { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required long Rows { get; init; }
    public required int BlockSize { get; init; }
    public required IReadOnlyList<ColumnDescriptor> Columns { get; init; }

    /// <summary>Names of the category codes: code i is Categories[i].</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>A preview subsample keeps every SampleEvery-th row (0 when this dataset is itself the sample).</summary>
    public int SampleEvery { get; init; }

    /// <summary>How many rows of the full dataset one row of this one stands for (1 unless this is a sample).</summary>
    public int RowWeight { get; init; } = 1;

    public long Seed { get; init; }

    public ColumnDescriptor Column(ColumnRole role) => Columns.First(column => column.Role == role);

    [JsonIgnore]
    public int BlockCount => (int)((Rows + BlockSize - 1) / BlockSize);
}
