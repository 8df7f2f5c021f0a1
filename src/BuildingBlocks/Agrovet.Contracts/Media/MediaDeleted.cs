using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Media;

/// <summary>A file and its metadata were removed. Subject: the media id.</summary>
public sealed record MediaDeleted(
    Guid MediaId,
    long OwnerId) : IIntegrationEvent<MediaDeleted>
{
    public const string TypeName = "media.deleted";

    public static string EventType => TypeName;

    public static string Topic => Topics.MediaEvents;

    public static JsonTypeInfo<MediaDeleted> JsonTypeInfo => ContractsJsonContext.Default.MediaDeleted;
}
