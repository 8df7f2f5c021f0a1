using System.Text.Json.Serialization;
using Agrovet.Chat.Messages;
using Agrovet.Chat.Realtime;
using Agrovet.Chat.Rooms;
using Agrovet.ServiceDefaults.Pagination;

namespace Agrovet.Chat;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CreateRoomRequest))]
[JsonSerializable(typeof(UpdateRoomRequest))]
[JsonSerializable(typeof(AddMemberRequest))]
[JsonSerializable(typeof(RoomResponse))]
[JsonSerializable(typeof(PagedResponse<RoomResponse>))]
[JsonSerializable(typeof(UnreadResponse))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageRequest))]
[JsonSerializable(typeof(ReadRequest))]
[JsonSerializable(typeof(MessageResponse))]
[JsonSerializable(typeof(HistoryPage))]
[JsonSerializable(typeof(IncomingFrame))]
[JsonSerializable(typeof(HelloFrame))]
[JsonSerializable(typeof(TypingFrame))]
[JsonSerializable(typeof(ReadFrame))]
[JsonSerializable(typeof(PresenceFrame))]
[JsonSerializable(typeof(ErrorFrame))]
public sealed partial class ChatJsonContext : JsonSerializerContext;
