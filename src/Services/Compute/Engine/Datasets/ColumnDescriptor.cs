using System.Text.Json.Serialization;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>One column of a dataset as the manifest describes it; Min and Max are over its finite values.</summary>
public sealed record ColumnDescriptor(string Name, ColumnType Type, ColumnRole Role, string Unit, double Min, double Max)
{
    [JsonIgnore]
    public int ByteWidth => Type switch
    {
        ColumnType.Float32 or ColumnType.UInt32 => 4,
        ColumnType.UInt16 => 2,
        _ => 1,
    };

    /// <summary>The column's file inside the dataset's folder.</summary>
    [JsonIgnore]
    public string FileName => Name + ".bin";
}
