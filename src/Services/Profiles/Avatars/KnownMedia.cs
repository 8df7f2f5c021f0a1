namespace Agrovet.Profiles.Avatars;

/// <summary>
/// Who owns which file, from <c>media.created</c> / <c>media.deleted</c>: enough to check an avatar without asking
/// the media service. Deleted files stay as tombstones.
/// </summary>
public sealed class KnownMedia
{
    public Guid Id { get; init; }

    public long OwnerId { get; set; }

    public string ContentType { get; set; } = string.Empty;

    public bool IsDeleted { get; set; }
}
