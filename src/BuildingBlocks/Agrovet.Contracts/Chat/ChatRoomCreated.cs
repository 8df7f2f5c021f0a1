using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Chat;

/// <summary>A chat room was opened (<c>kind</c>: direct, group or ad; <c>ad_id</c> for ad rooms). Subject: the room id.</summary>
public sealed record ChatRoomCreated(
    long RoomId,
    string Kind,
    string? Name,
    long? AdId,
    long CreatedBy,
    IReadOnlyList<long> MemberIds,
    DateTimeOffset CreatedAt) : IIntegrationEvent<ChatRoomCreated>
{
    public const string TypeName = "chat.room.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.ChatEvents;

    public static JsonTypeInfo<ChatRoomCreated> JsonTypeInfo => ContractsJsonContext.Default.ChatRoomCreated;
}
