using Agrovet.Forum.Common;

namespace Agrovet.Forum.Posts;

/// <summary>
/// A post. <c>body</c> (Markdown) and <c>body_html</c> (sanitized) come with the detail and are null in feeds.
/// <c>my_vote</c> is the caller's vote (0 without one or when anonymous). A post removed by moderators reads
/// "[removed]" to everyone but moderators, who see it with <c>removed: true</c>.
/// </summary>
public sealed record PostResponse(
    long Id,
    CommunityRef Community,
    string Title,
    string? Body,
    string? BodyHtml,
    string? Link,
    IReadOnlyList<Guid> MediaIds,
    AuthorRef Author,
    int Score,
    int Ups,
    int Downs,
    int CommentCount,
    int MyVote,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool Locked,
    bool Removed)
{
    public const string RemovedText = "[removed]";

    /// <summary>What someone who does not moderate the community sees of a removed post.</summary>
    public PostResponse Redacted() => this with
    {
        Title = RemovedText,
        Body = Body is null ? null : RemovedText,
        BodyHtml = BodyHtml is null ? null : $"<p>{RemovedText}</p>",
        Link = null,
        MediaIds = [],
    };
}
