namespace Agrovet.Forum.Communities;

/// <summary>
/// A community: its posts, members and moderators. <see cref="PostCount"/> and <see cref="RemovedPostCount"/> are kept
/// exact in the transactions that publish, delete, remove and restore posts, so a feed's <c>count</c> is read, never
/// counted.
/// </summary>
public sealed class Community
{
    public long Id { get; init; }

    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Rules { get; set; } = string.Empty;

    public long CreatorId { get; init; }

    public DateTime CreatedAt { get; init; }

    public int MemberCount { get; set; }

    /// <summary>Posts everyone sees (neither deleted nor removed).</summary>
    public long PostCount { get; set; }

    /// <summary>Posts removed by moderators (shown to moderators as "[removed]").</summary>
    public long RemovedPostCount { get; set; }
}
