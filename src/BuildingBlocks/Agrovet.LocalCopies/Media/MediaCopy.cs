namespace Agrovet.LocalCopies.Media;

/// <summary>
/// "This file exists, belongs to this user and is of this type", kept from <c>media.created</c> /
/// <c>media.deleted</c> (the media service owns the file), enough to check an attachment without asking it. A deleted
/// file stays as a deleted row (a tombstone) and is never brought back by a late event.
/// </summary>
public sealed class MediaCopy
{
    public const int ContentTypeMaxLength = 100;

    public Guid Id { get; init; }

    public long OwnerId { get; set; }

    public string ContentType { get; set; } = string.Empty;

    public bool IsDeleted { get; set; }

    /// <summary>The time of the newest event the row was written from; an older event never overwrites it.</summary>
    public DateTime EventTime { get; set; }
}
