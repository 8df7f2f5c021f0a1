using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Forum;

/// <summary>A post was published in a forum community. Subject: the post id.</summary>
public sealed record PostCreated(
    long PostId,
    long CommunityId,
    string CommunitySlug,
    long AuthorId,
    string Title,
    string? Link,
    DateTimeOffset CreatedAt) : IIntegrationEvent<PostCreated>
{
    public const string TypeName = "foro.post.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.ForumEvents;

    public static JsonTypeInfo<PostCreated> JsonTypeInfo => ContractsJsonContext.Default.PostCreated;
}
