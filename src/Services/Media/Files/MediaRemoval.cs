using Agrovet.Contracts.Media;
using Agrovet.EventBus.Outbox;
using Agrovet.Media.Data;
using Agrovet.Media.Storage;

namespace Agrovet.Media.Files;

public static class MediaRemoval
{
    /// <summary>
    /// Removes the file's row, raises <c>media.deleted</c> and queues its bytes for removal, all in the context's next
    /// save; returns the storage keys queued.
    /// </summary>
    public static IReadOnlyList<string> RemoveMedia(this MediaDbContext db, MediaFile media, DateTimeOffset now)
    {
        db.Files.Remove(media);
        db.Outbox().Raise(new MediaDeleted(media.Id, media.OwnerId), media.Id.ToString());
        List<string> keys = media.ThumbnailKey is { } thumbnail ? [media.StorageKey, thumbnail] : [media.StorageKey];
        foreach (var key in keys)
        {
            db.StorageDeletions.Add(new PendingStorageDeletion { Key = key, RequestedAt = now });
        }

        return keys;
    }
}
