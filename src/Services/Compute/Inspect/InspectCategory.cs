namespace Agrovet.Compute.Inspect;

/// <summary>A category's points in an inspected pixel (count_cat).</summary>
public sealed record InspectCategory(string Name, long Count);
