using System.Security.Claims;
using Agrovet.Media.Data;
using Agrovet.Media.Files;
using Agrovet.Media.Storage;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Agrovet.Media.Content;

public static class ContentEndpoints
{
    public static RouteGroupBuilder MapMediaContent(this RouteGroupBuilder media)
    {
        media.MapGet("{id:guid}/content", ContentAsync)
            .WithName("GetMediaContent")
            .WithSummary("The file's bytes, with Range (206), ETag/If-None-Match (304) and caching headers");
        media.MapGet("{id:guid}/thumbnail", ThumbnailAsync)
            .WithName("GetMediaThumbnail")
            .WithSummary("A small JPEG of an image (JPEG, PNG, GIF); 404 for other files");
        return media;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ContentAsync(
        Guid id, HttpResponse response, ClaimsPrincipal user, MediaDbContext db, IMediaStorage storage, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var media = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (media is null || !media.CanBeReadBy(MediaCaller.Of(user)))
        {
            return MediaEndpoints.NoSuchMedia(id);
        }

        var stream = await storage.OpenReadAsync(media.StorageKey, cancellationToken);
        if (stream is null)
        {
            loggers.CreateLogger(typeof(ContentEndpoints)).LogError("Media {Id} has a row but no bytes at {Key}", id, media.StorageKey);
            return Problem.NotFound($"The bytes of file {id} are missing.");
        }

        ContentHeaders.Apply(response, media);
        return TypedResults.File(stream, media.ContentType, lastModified: media.CreatedAt, entityTag: EntityTagHeaderValue.Parse(media.ETag),
            enableRangeProcessing: true);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ThumbnailAsync(
        Guid id, HttpResponse response, ClaimsPrincipal user, MediaDbContext db, IMediaStorage storage, CancellationToken cancellationToken)
    {
        var media = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (media is null || !media.CanBeReadBy(MediaCaller.Of(user)))
        {
            return MediaEndpoints.NoSuchMedia(id);
        }

        if (media.ThumbnailKey is null || await storage.OpenReadAsync(media.ThumbnailKey, cancellationToken) is not { } stream)
        {
            return Problem.NotFound($"File {id} has no thumbnail (only JPEG, PNG and GIF images get one).");
        }

        ContentHeaders.Apply(response, media);
        return TypedResults.File(stream, "image/jpeg", lastModified: media.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{media.Id:N}-thumb\""), enableRangeProcessing: true);
    }
}
