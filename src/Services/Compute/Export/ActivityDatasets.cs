namespace Agrovet.Compute.Export;

/// <summary>
/// The activity datasets the service builds from the platform's events. A new source (forum activity once the forum
/// raises its events) is one more entry here and a handler that records <see cref="ActivityRecord"/>s into it.
/// </summary>
public static class ActivityDatasets
{
    /// <summary>Marketplace sales (add.sold), placed at the ad's region, by the ad's top-level category; value: units sold.</summary>
    public static readonly ActivityDataset MarketplaceSales = new(
        "platform-sales",
        "Marketplace sales by region",
        "Every sale of the Agrovet marketplace, at the region of its ad (a point near the region's centre), by the ad's "
            + "category; value: units sold. Rebuilt from the platform's add.sold events every few minutes.",
        "category",
        ["livestock", "feed", "veterinary", "seeds", "machinery", "services", "other"],
        "units",
        "units");

    public static readonly IReadOnlyList<ActivityDataset> All = [MarketplaceSales];
}
