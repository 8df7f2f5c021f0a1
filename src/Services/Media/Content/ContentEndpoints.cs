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
            .WithSummary("The file's bytes, with Range (206), ETag/If-None-Match (304) and caching headers")
            .WithDescription(
                "Public files: anyone; private ones: the owner and administrators (others get 404, as if it did not exist). "
                + "Changes nothing. A Range outside the file answers 416.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .Produces<Stream>(StatusCodes.Status206PartialContent, "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);
        media.MapGet("{id:guid}/thumbnail", ThumbnailAsync)
            .WithName("GetMediaThumbnail")
            .WithSummary("A small JPEG of an image (JPEG, PNG, GIF); 404 for other files")
            .WithDescription(
                "Who may read the file may read its thumbnail (others get 404). Changes nothing. Files that are not JPEG, PNG or "
                + "GIF images have none: 404.")
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg")
            .Produces<Stream>(StatusCodes.Status206PartialContent, "image/jpeg")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);
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
            return Problem.NotFound(Messages.FormatBytesMissing(id));
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
            return Problem.NotFound(Messages.FormatNoThumbnail(id));
        }

        ContentHeaders.Apply(response, media);
        return TypedResults.File(stream, "image/jpeg", lastModified: media.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{media.Id:N}-thumb\""), enableRangeProcessing: true);
    }
}
