namespace Agrovet.Profiles.Avatars;

/// <summary>The part of the media service's <c>GET /api/media/{id}/</c> answer this service reads.</summary>
public sealed record MediaMetadata(Guid Id, long Owner, string ContentType);
