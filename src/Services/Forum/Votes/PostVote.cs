namespace Agrovet.Forum.Votes;

/// <summary>One user's vote on a post: +1, -1, or 0 once taken back.</summary>
public sealed class PostVote
{
    public long PostId { get; init; }

    public long UserId { get; init; }

    public short Value { get; set; }

    public DateTime VotedAt { get; set; }

    /// <summary>The value this vote replaced when it last changed (0 for a first vote), as the vote's statement returns it.</summary>
    public short ReplacedValue { get; set; }
}
