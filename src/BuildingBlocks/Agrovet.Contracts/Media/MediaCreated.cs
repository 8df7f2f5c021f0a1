using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Media;

/// <summary>A file was uploaded and stored. Subject: the media id.</summary>
public sealed record MediaCreated(
    Guid MediaId,
    long OwnerId,
    string ContentType,
    long Size,
    string Purpose,
    bool IsPublic,
    int? Width,
    int? Height,
    DateTimeOffset CreatedAt) : IIntegrationEvent<MediaCreated>
{
    public const string TypeName = "media.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.MediaEvents;

    public static JsonTypeInfo<MediaCreated> JsonTypeInfo => ContractsJsonContext.Default.MediaCreated;
}
