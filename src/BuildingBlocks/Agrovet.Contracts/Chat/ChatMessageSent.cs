using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Chat;

/// <summary>A chat message was stored. Subject: the room id (the events of one room keep their order).</summary>
public sealed record ChatMessageSent(
    long MessageId,
    long RoomId,
    long AuthorId,
    IReadOnlyList<long> RecipientIds,
    int BodyLength,
    IReadOnlyList<Guid> MediaIds,
    DateTimeOffset CreatedAt) : IIntegrationEvent<ChatMessageSent>
{
    public const string TypeName = "chat.message.sent";

    public static string EventType => TypeName;

    public static string Topic => Topics.ChatEvents;

    public static JsonTypeInfo<ChatMessageSent> JsonTypeInfo => ContractsJsonContext.Default.ChatMessageSent;
}
