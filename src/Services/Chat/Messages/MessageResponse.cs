using Agrovet.Chat.Rooms;

namespace Agrovet.Chat.Messages;

/// <summary>
/// A message as history and the WebSocket show it. <c>type</c> is <c>message</c> (new), <c>edit</c> or <c>delete</c>
/// on the socket and <c>message</c> in history; a deleted message keeps its place with an empty body and no images.
/// <c>change</c> is the room's number of the message's latest edit or delete (0: never changed).
/// </summary>
public sealed record MessageResponse(
    string Type,
    long Id,
    long RoomId,
    UserRef Author,
    string Body,
    IReadOnlyList<Guid> MediaIds,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool Deleted,
    string? ClientId,
    long Change)
{
    public const string New = "message";
    public const string Edited = "edit";
    public const string Removed = "delete";

    public static MessageResponse From(Message m, string type = New) => new(
        type,
        m.Id,
        m.RoomId,
        new UserRef(m.AuthorId, m.AuthorUsername),
        m.IsDeleted ? string.Empty : m.Body,
        m.IsDeleted ? [] : m.MediaIds,
        m.CreatedAt,
        m.EditedAt,
        m.IsDeleted,
        m.ClientId,
        m.Change);
}
