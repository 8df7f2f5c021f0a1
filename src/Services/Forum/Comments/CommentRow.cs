namespace Agrovet.Forum.Comments;

/// <summary>A comment as the thread query reads it, with its author's name and the caller's vote.</summary>
public sealed class CommentRow
{
    public long Id { get; init; }

    public long PostId { get; init; }

    public long? ParentId { get; init; }

    public int Depth { get; init; }

    public long AuthorId { get; init; }

    public string? AuthorName { get; init; }

    public bool AuthorDeleted { get; init; }

    public string Body { get; init; } = string.Empty;

    public string BodyHtml { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; init; }

    public bool IsDeleted { get; init; }

    public bool IsRemoved { get; init; }

    public int Ups { get; init; }

    public int Downs { get; init; }

    public int Score { get; init; }

    public double Best { get; init; }

    public double Controversy { get; init; }

    public int MyVote { get; init; }
}
