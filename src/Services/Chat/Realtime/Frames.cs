using Agrovet.Chat.Rooms;

namespace Agrovet.Chat.Realtime;

/// <summary>The first frame of a connection: who you are, who is online in the room, its newest message id and its newest change number.</summary>
public sealed record HelloFrame(string Type, long RoomId, UserRef You, IReadOnlyList<long> Online, long LastMessageId, long LastChange);

/// <summary>Someone is typing (sent at most every two seconds per connection).</summary>
public sealed record TypingFrame(string Type, long RoomId, UserRef User);

/// <summary>A member has read up to <paramref name="MessageId"/>.</summary>
public sealed record ReadFrame(string Type, long RoomId, UserRef User, long MessageId);

/// <summary>A member came online in the room (their first connection) or went offline (their last one closed).</summary>
public sealed record PresenceFrame(string Type, long RoomId, UserRef User, bool Online);

/// <summary>A frame that could not be carried out (the connection stays open); <paramref name="ClientId"/> names the message it was about.</summary>
public sealed record ErrorFrame(string Type, string Code, string Detail, string? ClientId);

/// <summary>What a client sends: <c>message</c> (body, media_ids, client_id), <c>edit</c> (message_id, body), <c>delete</c> (message_id), <c>read</c> (message_id), <c>typing</c>, <c>ping</c>.</summary>
public sealed record IncomingFrame(string? Type, string? Body, List<Guid>? MediaIds, string? ClientId, long? MessageId);
