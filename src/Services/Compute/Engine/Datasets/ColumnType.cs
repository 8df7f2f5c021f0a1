using System.Text.Json.Serialization;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>How a column's values are stored: little-endian, packed, one value per row.</summary>
#pragma warning disable CA1720 // The names are the storage types' own (as in Arrow and NumPy), on purpose.
public enum ColumnType
{
    [JsonStringEnumMemberName("float32")]
    Float32,
    [JsonStringEnumMemberName("uint8")]
    UInt8,
    [JsonStringEnumMemberName("uint16")]
    UInt16,
    [JsonStringEnumMemberName("uint32")]
    UInt32,
}
#pragma warning restore CA1720
