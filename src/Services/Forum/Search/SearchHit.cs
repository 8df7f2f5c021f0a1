using Agrovet.Forum.Common;

namespace Agrovet.Forum.Search;

/// <summary>A post or comment (<c>type</c>) matching a search; <c>excerpt</c> is the start of its Markdown text.</summary>
public sealed record SearchHit(
    string Type,
    long PostId,
    long? CommentId,
    string Title,
    string Excerpt,
    CommunityRef Community,
    AuthorRef Author,
    int Score,
    DateTime CreatedAt);
