namespace Agrovet.Forum;

/// <summary>The forum's tunables, bound from the <c>Forum</c> configuration section.</summary>
public sealed class ForumOptions
{
    public const string Section = "Forum";

    /// <summary>
    /// How long a page of a feed read without a token is served again from this instance's memory (zero: never).
    /// Publishing, editing, deleting and moderating posts here make every page stale at once; votes and comment counts
    /// show on anonymous pages within this time, and other instances' changes too.
    /// </summary>
    public TimeSpan AnonymousFeedExpiration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Anonymous feed pages remembered at once.</summary>
    public int AnonymousFeedEntries { get; set; } = 2_000;
}
