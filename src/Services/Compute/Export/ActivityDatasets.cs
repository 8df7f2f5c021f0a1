namespace Agrovet.Compute.Export;

/// <summary>
/// The activity datasets the service builds from the platform's events. A new source is one more entry here and a
/// handler that records <see cref="ActivityRecord"/>s into it.
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

    /// <summary>
    /// Forum posts and comments (foro.post.created, foro.comment.added), placed at the region of their author's profile,
    /// by kind; value: 1 each (a sum counts them).
    /// </summary>
    public static readonly ActivityDataset ForumActivity = new(
        "platform-forum",
        "Forum activity by region",
        "Every post and comment of the Agrovet forum, at the region of its author's profile (a point near the region's "
            + "centre), by kind; value: 1 each. Rebuilt from the platform's forum and profile events every few minutes.",
        "kind",
        ["post", "comment"],
        "contributions",
        "contributions");

    public static readonly IReadOnlyList<ActivityDataset> All = [MarketplaceSales, ForumActivity];
}
