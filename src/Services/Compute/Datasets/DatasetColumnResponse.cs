using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Datasets;

/// <summary>A column: its type (float32, uint8, uint16, uint32), role and unit, and its range over finite values (null when it has none).</summary>
public sealed record DatasetColumnResponse(string Name, string Type, string Role, string Unit, double? Min, double? Max)
{
    public static DatasetColumnResponse From(ColumnDescriptor column) => new(
        column.Name,
        column.Type.ToString().ToLowerInvariant(),
        column.Role.ToString().ToLowerInvariant(),
        column.Unit,
        double.IsFinite(column.Min) ? column.Min : null,
        double.IsFinite(column.Max) ? column.Max : null);
}
