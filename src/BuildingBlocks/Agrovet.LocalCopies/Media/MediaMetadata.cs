namespace Agrovet.LocalCopies.Media;

/// <summary>The part of the media service's <c>GET /api/media/{id}/</c> answer a lookup reads.</summary>
internal sealed record MediaMetadata(Guid Id, long Owner, string ContentType);
