namespace Agrovet.Forum.Comments;

/// <summary>
/// A comment on a post, threaded by <see cref="ParentId"/> to any depth (<see cref="Depth"/> 0 answers the post). A
/// thread is read whole by <see cref="PostId"/> in one index range scan; a branch by a recursive query on the parent.
/// </summary>
public sealed class Comment
{
    public long Id { get; init; }

    public long PostId { get; init; }

    public long CommunityId { get; init; }

    public long? ParentId { get; init; }

    public int Depth { get; init; }

    public long AuthorId { get; init; }

    public string Body { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; set; }

    /// <summary>Deleted by its author: "[deleted]" where it has replies, gone where it has none.</summary>
    public bool IsDeleted { get; set; }

    /// <summary>Removed by a moderator: "[removed]" for everyone but moderators.</summary>
    public bool IsRemoved { get; set; }

    public int Ups { get; set; }

    public int Downs { get; set; }

    public int Score { get; set; }

    public double Best { get; set; }

    public double Controversy { get; set; }
}
