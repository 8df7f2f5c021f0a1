namespace Agrovet.Compute.Engine.Datasets;

/// <summary>What a writer needs besides the rows: names, units and the category dictionary.</summary>
public sealed record DatasetDescription
{
    public required string Name { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required IReadOnlyList<string> Categories { get; init; }
    public string CategoryColumn { get; init; } = "category";
    public string ValueColumn { get; init; } = "value";
    public string ValueUnit { get; init; } = "";
    public long Seed { get; init; }
}
