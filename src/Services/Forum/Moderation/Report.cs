namespace Agrovet.Forum.Moderation;

/// <summary>A user's report of a post or a comment (<see cref="CommentId"/> set), waiting in its community's queue until resolved.</summary>
public sealed class Report
{
    public long Id { get; init; }

    public long CommunityId { get; init; }

    public long PostId { get; init; }

    public long? CommentId { get; init; }

    public long ReporterId { get; init; }

    public string Reason { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime? ResolvedAt { get; set; }

    public long? ResolvedBy { get; set; }

    /// <summary><c>removed</c> or <c>dismissed</c> once resolved.</summary>
    public string? Resolution { get; set; }
}
