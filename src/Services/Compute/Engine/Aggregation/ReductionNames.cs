namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>The wire names of the reductions (agg=count|sum|mean|min|max|std|count_cat).</summary>
public static class ReductionNames
{
    private static readonly Dictionary<string, Reduction> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = Reduction.Count,
        ["sum"] = Reduction.Sum,
        ["mean"] = Reduction.Mean,
        ["min"] = Reduction.Min,
        ["max"] = Reduction.Max,
        ["std"] = Reduction.Std,
        ["count_cat"] = Reduction.CountCategorical,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string name, out Reduction reduction) => ByName.TryGetValue(name.Trim(), out reduction);

    public static string Name(this Reduction reduction) => reduction == Reduction.CountCategorical
        ? "count_cat"
        : reduction.ToString().ToLowerInvariant();

    /// <summary>Whether the reduction reads a value column.</summary>
    public static bool ReadsValues(this Reduction reduction) =>
        reduction is Reduction.Sum or Reduction.Mean or Reduction.Min or Reduction.Max or Reduction.Std;
}
