using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Outbox;
using Agrovet.LocalCopies.Media;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Media;

/// <summary>A deleted upload disappears from the ads that showed it, each raising <c>add.updated</c>.</summary>
public sealed class DeletedPhotos(MarketplaceDbContext db, AdInvalidationsAfterCommit invalidations, TimeProvider time) : IMediaCopyReaction
{
    public async Task OnChangedAsync(MediaCopyChange change, CancellationToken cancellationToken)
    {
        if (!change.BecameDeleted)
        {
            return;
        }

        var mediaId = change.Media.Id;
        var now = time.GetUtcNow().UtcDateTime;
        Guid[] deleted = [mediaId];
        var ads = await db.Ads
            .FromSql($"""
                UPDATE adds SET media_ids = array_remove(media_ids, {mediaId}), updated_at = {now}
                WHERE media_ids @> {deleted}
                RETURNING *, xmin
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        foreach (var ad in ads)
        {
            db.Outbox().Raise(AdChanges.Updated(ad, [AdFields.MediaIds]), ad.Id);
        }

        invalidations.Changed(db, ads.Select(a => a.Id));
    }
}
