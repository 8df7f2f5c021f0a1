using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>A query's columns resolved against a dataset, checked once before any block is read.</summary>
internal sealed record AggregationContext(
    Reduction Reduction, DatasetColumn X, DatasetColumn Y, DatasetColumn? Values, int Categories, int CodeWidth,
    double ValueFrom, double ValueTo)
{
    public static AggregationContext Resolve(Dataset dataset, AggregationQuery query)
    {
        var x = FloatColumn(dataset, query.XColumn);
        var y = FloatColumn(dataset, query.YColumn);
        var values = query.Reduction.ReadsValues() ? FloatColumn(dataset, query.ValueColumn ?? dataset.Value.Name) : null;
        var range = query.Filters.Value;
        return new AggregationContext(query.Reduction, x, y, values, dataset.Manifest.Categories.Count,
            dataset.Category.Descriptor.ByteWidth, range?.Min ?? double.NegativeInfinity, range?.Max ?? double.PositiveInfinity);
    }

    private static DatasetColumn FloatColumn(Dataset dataset, string name)
    {
        var column = dataset.FindColumn(name) ?? throw new ArgumentException($"Dataset '{dataset.Name}' has no column '{name}'.", nameof(name));
        return column.Descriptor.Type == ColumnType.Float32
            ? column
            : throw new ArgumentException($"Column '{name}' of '{dataset.Name}' is not a float32 column.", nameof(name));
    }
}
