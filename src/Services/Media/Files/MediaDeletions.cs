using Agrovet.Contracts.Audit;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Media.Data;
using Agrovet.Media.Storage;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Media.Files;

/// <summary>
/// Deleting a file: its row, its <c>media.deleted</c> event and, for an administrator, its audit entry go in one save;
/// the bytes are removed right after, or by the <see cref="StorageJanitor"/> if storage fails.
/// </summary>
public sealed class MediaDeletions(MediaDbContext db, StorageJanitor janitor, TimeProvider time)
{
    /// <param name="media">The tracked file.</param>
    /// <param name="admin">The caller when they are an administrator (the deletion is audited), else null.</param>
    public async Task<MediaDeletionOutcome> DeleteAsync(MediaFile media, AuditActor? admin, CancellationToken cancellationToken)
    {
        var keys = db.RemoveMedia(media, time.GetUtcNow());
        if (admin is not null)
        {
            // What was removed, as {field: [old, null]}: the audit log outlives the file.
            var changes = new AuditChanges().Add<long?>("owner", media.OwnerId, null).Add("purpose", media.Purpose, null).Add<long?>("size", media.Size, null);
            db.Outbox().RecordAdminAction(admin, "delete", new AuditObject(AuditObjectTypes.Media, media.Id.ToString(), media.OriginalName), changes);
        }

        try
        {
            // Not the request's token: once started, a client going away must not leave the bytes of a deleted row.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MediaDeletionOutcome.Gone();
        }

        await janitor.RemoveNowAsync(db, keys, CancellationToken.None);
        return new MediaDeletionOutcome.Deleted();
    }
}
