using Agrovet.Forum.Common;

namespace Agrovet.Forum.Moderation;

/// <summary>A report in a community's queue: what it is about (<c>excerpt</c>: the post's title or the comment's start) and why.</summary>
public sealed record ReportResponse(
    long Id,
    long PostId,
    long? CommentId,
    string Excerpt,
    string Reason,
    AuthorRef Reporter,
    DateTime CreatedAt,
    DateTime? ResolvedAt,
    string? Resolution);
