namespace Agrovet.Chat.Messages;

/// <summary>A stored message. Deleted messages stay as rows (their place in the history) without body or images.</summary>
public sealed class Message
{
    public long Id { get; init; }

    public long RoomId { get; init; }

    public long AuthorId { get; init; }

    /// <summary>The author's username as of the message (renames rewrite it).</summary>
    public string AuthorUsername { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public List<Guid> MediaIds { get; set; } = [];

    /// <summary>The sender's own id for the message: a resend after a dropped connection stores it once.</summary>
    public string? ClientId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; set; }

    /// <summary>The room's change number (<see cref="Rooms.Room.LastChange"/>) of the message's latest edit or delete; 0 if never changed.</summary>
    public long Change { get; set; }

    public DateTime? DeletedAt { get; set; }

    public bool IsDeleted => DeletedAt is not null;
}
