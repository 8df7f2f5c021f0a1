using Microsoft.AspNetCore.Http.Extensions;

namespace Agrovet.Media.Files;

/// <summary>A file's metadata as the API shows it; <c>url</c> streams the bytes, <c>thumbnail_url</c> the thumbnail (null when there is none).</summary>
public sealed record MediaResponse(
    Guid Id,
    string Url,
    string? ThumbnailUrl,
    string ContentType,
    long Size,
    int? Width,
    int? Height,
    string Purpose,
    bool IsPublic,
    string OriginalName,
    long Owner,
    DateTime CreatedAt)
{
    public static MediaResponse From(MediaFile media, HttpRequest request) => new(
        media.Id,
        Link(request, $"{MediaServiceExtensions.RoutePrefix}/{media.Id}/content"),
        media.ThumbnailKey is null ? null : Link(request, $"{MediaServiceExtensions.RoutePrefix}/{media.Id}/thumbnail"),
        media.ContentType,
        media.Size,
        media.Width,
        media.Height,
        media.Purpose,
        media.IsPublic,
        media.OriginalName,
        media.OwnerId,
        media.CreatedAt);

    // Absolute, as the list links are; behind the gateway the forwarded host and scheme are the client's.
    private static string Link(HttpRequest request, string path) =>
        UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, new PathString(path));
}
