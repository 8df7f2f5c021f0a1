using Agrovet.Contracts.Media;
using Agrovet.EventBus.Outbox;
using Agrovet.Media.Data;
using Agrovet.Media.Files;
using Agrovet.Media.Storage;
using Agrovet.Media.Thumbnails;
using Microsoft.Extensions.Options;

namespace Agrovet.Media.Uploads;

/// <summary>
/// Turns an upload into a stored file: streams it in, checks it, makes the thumbnail, commits the bytes, and only then
/// writes the row and its <c>media.created</c> event. Any failure before the row is saved leaves nothing behind: staged
/// bytes are discarded, committed ones deleted.
/// </summary>
public sealed class MediaUploads(
    MediaDbContext db,
    IMediaStorage storage,
    ThumbnailMaker thumbnails,
    IOptions<MediaOptions> options,
    TimeProvider time,
    ILogger<MediaUploads> logger)
{
    public async Task<UploadOutcome> ReceiveAsync(Stream body, string boundary, long ownerId, CancellationToken cancellationToken)
    {
        try
        {
            return new UploadOutcome.Stored(await StoreAsync(body, boundary, ownerId, cancellationToken));
        }
        catch (UploadRejectedException rejected) when (rejected.TooLarge)
        {
            return new UploadOutcome.TooLarge(rejected.Message);
        }
        catch (UploadRejectedException rejected)
        {
            return new UploadOutcome.Refused(rejected.Field, rejected.Message);
        }
        catch (IOException e) when (StorageErrors.IsOutOfSpace(e))
        {
            // StoreAsync has discarded the staged bytes and deleted what it had committed; the row was never written.
            logger.LogError(e, "The media store is out of space; an upload of user {OwnerId} was refused", ownerId);
            return new UploadOutcome.StorageFull();
        }
    }

    private async Task<MediaFile> StoreAsync(Stream body, string boundary, long ownerId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var upload = new MultipartUpload(boundary, body, storage, settings);
        IStagedObject? thumbnail = null;
        var committed = new List<string>(2);
        try
        {
            await upload.ReadAsync(cancellationToken);
            var file = upload.File ?? throw new UploadRejectedException(MultipartUpload.FileField, SharedMessages.Required);
            var (purposeName, purpose) = Purpose(upload.Form, settings);
            var isPublic = IsPublic(upload.Form, purpose);
            if (!purpose.Categories!.Contains(file.Type.Category))
            {
                throw new UploadRejectedException(MultipartUpload.FileField, Messages.FormatFileWrongCategory(file.Type.Description, purposeName, MediaCategory.DescribeAll(purpose.Categories!)));
            }

            if (file.Size > purpose.MaxBytes)
            {
                throw upload.TooLarge(purpose.MaxBytes!.Value);
            }

            ImageSize? size = null;
            byte[]? thumbnailBytes = null;
            if (file.Type.IsImage)
            {
                await using var written = file.Staged.OpenWritten();
                size = ImageHeaders.Read(written, file.Type)
                    ?? throw new UploadRejectedException(MultipartUpload.FileField, Messages.FormatImageHeadersDamaged(file.Type.Description));
                if (size.Value.Pixels > settings.MaxImagePixels)
                {
                    throw new UploadRejectedException(MultipartUpload.FileField, Messages.FormatImageTooManyPixels(size.Value.Width, size.Value.Height, AgrovetCultures.Number(settings.MaxImagePixels)));
                }

                thumbnailBytes = await thumbnails.MakeAsync(written, file.Type, cancellationToken);
            }

            var media = new MediaFile
            {
                Id = file.Id,
                OwnerId = ownerId,
                ContentType = file.Type.ContentType,
                Size = file.Size,
                Width = size?.Width,
                Height = size?.Height,
                Purpose = purposeName,
                IsPublic = isPublic,
                OriginalName = file.OriginalName,
                StorageKey = StorageKeys.Content(file.Id),
                ThumbnailKey = thumbnailBytes is null ? null : StorageKeys.Thumbnail(file.Id),
                CreatedAt = TrimToMicroseconds(time.GetUtcNow().UtcDateTime),
            };

            if (thumbnailBytes is not null)
            {
                thumbnail = await storage.BeginAsync(media.ThumbnailKey!, cancellationToken);
                await thumbnail.Content.WriteAsync(thumbnailBytes, cancellationToken);
                await thumbnail.CommitAsync(cancellationToken);
                committed.Add(media.ThumbnailKey!);
            }

            await file.Staged.CommitAsync(cancellationToken);
            committed.Add(media.StorageKey);

            db.Files.Add(media);
            db.Outbox().Raise(
                new MediaCreated(media.Id, media.OwnerId, media.ContentType, media.Size, media.Purpose, media.IsPublic, media.Width, media.Height,
                    new DateTimeOffset(media.CreatedAt, TimeSpan.Zero)),
                media.Id.ToString());
            // Not the request's token: once the bytes are committed, a client going away must not leave a half-saved upload.
            await db.SaveChangesAsync(CancellationToken.None);
            committed.Clear();
            return media;
        }
        finally
        {
            if (thumbnail is not null)
            {
                await thumbnail.DisposeAsync();
            }

            if (upload.File is { } file)
            {
                await file.Staged.DisposeAsync();
            }

            foreach (var key in committed)
            {
                await DeleteQuietlyAsync(key);
            }
        }
    }

    private static (string Name, PurposeOptions Options) Purpose(UploadForm form, MediaOptions settings)
    {
        var name = string.IsNullOrWhiteSpace(form.Purpose) ? settings.DefaultPurpose : form.Purpose.Trim();
        return settings.Purposes.TryGetValue(name, out var purpose)
            ? (name, purpose)
            : throw new UploadRejectedException(MultipartUpload.PurposeField, Messages.FormatChooseOneOf(string.Join(", ", settings.Purposes.Keys.Order(StringComparer.Ordinal))));
    }

    private static bool IsPublic(UploadForm form, PurposeOptions purpose) => form.IsPublic?.Trim().ToLowerInvariant() switch
    {
        null or "" => purpose.PublicByDefault ?? false,
        "true" or "1" or "on" => true,
        "false" or "0" or "off" => false,
        _ => throw new UploadRejectedException(MultipartUpload.IsPublicField, Messages.UseTrueOrFalse),
    };

    // PostgreSQL keeps microseconds; trimming here makes the 201 answer match every later read.
    private static DateTime TrimToMicroseconds(DateTime now) => now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));

    private async Task DeleteQuietlyAsync(string key)
    {
        try
        {
            await storage.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not remove {Key} after a failed upload; it is an orphan now", key);
        }
    }
}
