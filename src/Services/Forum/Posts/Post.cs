namespace Agrovet.Forum.Posts;

/// <summary>
/// A post: Markdown <see cref="Body"/> with its sanitized <see cref="BodyHtml"/>, optional link and images, and the
/// vote totals with the ranking values computed from them (<see cref="Rankings.Ranking"/>), stored so that each feed
/// order is an index scan.
/// </summary>
public sealed class Post
{
    public long Id { get; init; }

    public long CommunityId { get; init; }

    public long AuthorId { get; init; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;

    public string? Link { get; set; }

    public List<Guid> MediaIds { get; set; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; set; }

    /// <summary>Deleted by its author: gone from every listing.</summary>
    public bool IsDeleted { get; set; }

    /// <summary>Removed by a moderator: "[removed]" in moderators' listings, gone from everyone else's.</summary>
    public bool IsRemoved { get; set; }

    /// <summary>Locked by a moderator: no new comments.</summary>
    public bool IsLocked { get; set; }

    public int Ups { get; set; }

    public int Downs { get; set; }

    public int Score { get; set; }

    public int CommentCount { get; set; }

    public double Hot { get; set; }

    public double Best { get; set; }

    public double Controversy { get; set; }
}
