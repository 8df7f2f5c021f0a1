namespace Agrovet.Marketplace.Media;

/// <summary>"This upload exists and belongs to this user", kept from <c>media.created</c> / <c>media.deleted</c>.</summary>
public sealed class MediaCopy
{
    public Guid Id { get; init; }

    public long OwnerId { get; init; }

    public string ContentType { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }
}
