using Agrovet.Forum.Common;

namespace Agrovet.Forum.Comments;

/// <summary>
/// A comment in a thread. A deleted comment that still has replies reads "[deleted]" (no author, no body); a removed
/// one reads "[removed]" to everyone but moderators, who see it with <c>removed: true</c>. <c>replies</c> holds the
/// replies in the tree form (empty in the flat form, where <c>depth</c> places it); <c>more_replies</c> counts those
/// left out (deeper than asked or past the limit): <c>GET comments/{id}/replies/</c> continues there.
/// </summary>
public sealed class CommentResponse
{
    public const string DeletedText = "[deleted]";
    public const string RemovedText = "[removed]";

    public long Id { get; init; }

    public long PostId { get; init; }

    public long? ParentId { get; init; }

    public int Depth { get; init; }

    public AuthorRef? Author { get; init; }

    public string Body { get; init; } = string.Empty;

    public string BodyHtml { get; init; } = string.Empty;

    public int Score { get; init; }

    public int Ups { get; init; }

    public int Downs { get; init; }

    public int MyVote { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; init; }

    public bool Deleted { get; init; }

    public bool Removed { get; init; }

    public List<CommentResponse> Replies { get; } = [];

    public int MoreReplies { get; set; }

    public static CommentResponse From(CommentRow row, bool moderator)
    {
        var hidden = row.IsDeleted || (row.IsRemoved && !moderator);
        var placeholder = row.IsDeleted ? DeletedText : RemovedText;
        return new CommentResponse
        {
            Id = row.Id,
            PostId = row.PostId,
            ParentId = row.ParentId,
            Depth = row.Depth,
            Author = hidden ? null : new AuthorRef(row.AuthorId, row.AuthorDeleted || row.AuthorName is null ? AuthorRef.DeletedName : row.AuthorName),
            Body = hidden ? placeholder : row.Body,
            BodyHtml = hidden ? $"<p>{placeholder}</p>" : row.BodyHtml,
            Score = row.Score,
            Ups = row.Ups,
            Downs = row.Downs,
            MyVote = row.MyVote,
            CreatedAt = row.CreatedAt,
            EditedAt = row.EditedAt,
            Deleted = row.IsDeleted,
            Removed = row.IsRemoved,
        };
    }
}
