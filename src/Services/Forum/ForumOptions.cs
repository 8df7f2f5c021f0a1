namespace Agrovet.Forum;

/// <summary>The forum's tunables, bound from the <c>Forum</c> configuration section.</summary>
public sealed class ForumOptions
{
    public const string Section = "Forum";

    /// <summary>
    /// How long a feed page or a thread read without a token is served again from this instance's memory (zero:
    /// never). Changes to posts and comments here make what they touch stale at once; votes and counters show on
    /// anonymous reads within this time, and other instances' changes too.
    /// </summary>
    public TimeSpan AnonymousReadExpiration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Anonymous feed pages and threads remembered at once.</summary>
    public int AnonymousReadEntries { get; set; } = 2_000;
}
