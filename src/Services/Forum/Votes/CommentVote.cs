namespace Agrovet.Forum.Votes;

/// <summary>One user's vote on a comment: +1, -1, or 0 once taken back.</summary>
public sealed class CommentVote
{
    public long CommentId { get; init; }

    public long UserId { get; init; }

    public short Value { get; set; }

    public DateTime VotedAt { get; set; }
}
