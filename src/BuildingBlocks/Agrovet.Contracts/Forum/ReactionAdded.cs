using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Forum;

/// <summary>
/// A user's vote on a post or comment changed (<c>value</c> +1, -1, or 0 when taken back), with the item's totals
/// after it. <c>target_type</c> is <c>post</c> or <c>comment</c>. Subject: the post id.
/// </summary>
public sealed record ReactionAdded(
    string TargetType,
    long TargetId,
    long PostId,
    long AuthorId,
    long UserId,
    int Value,
    int Previous,
    int Ups,
    int Downs,
    int Score,
    DateTimeOffset VotedAt) : IIntegrationEvent<ReactionAdded>
{
    public const string TypeName = "foro.reaction.added";

    public const string Post = "post";
    public const string Comment = "comment";

    public static string EventType => TypeName;

    public static string Topic => Topics.ForumEvents;

    public static JsonTypeInfo<ReactionAdded> JsonTypeInfo => ContractsJsonContext.Default.ReactionAdded;
}
