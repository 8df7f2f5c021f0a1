namespace Agrovet.Forum.Feeds;

/// <summary>The time window of <c>top</c> and <c>controversial</c> (<c>?t=</c>): posts created within it.</summary>
public static class FeedWindow
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Year = "year";
    public const string All = "all";

    public static readonly IReadOnlyList<string> Names = [Day, Week, Month, Year, All];

    /// <summary>The earliest creation time inside <paramref name="window"/>, or null for <c>all</c>.</summary>
    public static DateTime? Since(string window, DateTime now) => window switch
    {
        Day => now.AddDays(-1),
        Week => now.AddDays(-7),
        Month => now.AddMonths(-1),
        Year => now.AddYears(-1),
        _ => null,
    };
}
