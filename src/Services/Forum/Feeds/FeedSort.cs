namespace Agrovet.Forum.Feeds;

/// <summary>The orders of a feed (<c>?sort=</c>), each served by its stored ranking value's index.</summary>
public static class FeedSort
{
    public const string Hot = "hot";
    public const string New = "new";
    public const string Top = "top";
    public const string Best = "best";
    public const string Controversial = "controversial";

    public static readonly IReadOnlyList<string> All = [Hot, New, Top, Best, Controversial];
}
