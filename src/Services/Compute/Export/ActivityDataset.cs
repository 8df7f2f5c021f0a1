namespace Agrovet.Compute.Export;

/// <summary>
/// A dataset fed by the platform's own events: its name and words, its fixed category list (what a record's category
/// must be one of; anything else is filed under the last, "other") and its value column.
/// </summary>
public sealed record ActivityDataset(
    string Name,
    string Title,
    string Description,
    string CategoryColumn,
    IReadOnlyList<string> Categories,
    string ValueColumn,
    string ValueUnit);
