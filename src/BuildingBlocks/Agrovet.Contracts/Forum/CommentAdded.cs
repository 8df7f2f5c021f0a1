using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Forum;

/// <summary>
/// A comment was added to a post (<c>parent_id</c> null: a top-level answer). Subject: the post id, so a thread's
/// comments arrive in order. <c>post_author_id</c> and <c>parent_author_id</c> are whom a notification would go to.
/// </summary>
public sealed record CommentAdded(
    long CommentId,
    long PostId,
    long? ParentId,
    long CommunityId,
    long AuthorId,
    long PostAuthorId,
    long? ParentAuthorId,
    DateTimeOffset CreatedAt) : IIntegrationEvent<CommentAdded>
{
    public const string TypeName = "foro.comment.added";

    public static string EventType => TypeName;

    public static string Topic => Topics.ForumEvents;

    public static JsonTypeInfo<CommentAdded> JsonTypeInfo => ContractsJsonContext.Default.CommentAdded;
}
