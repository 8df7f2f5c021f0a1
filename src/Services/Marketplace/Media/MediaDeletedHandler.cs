using Agrovet.Contracts.Marketplace;
using Agrovet.Contracts.Media;
using Agrovet.EventBus.Consuming;
using Agrovet.EventBus.Outbox;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Media;

/// <summary>A deleted upload can no longer be attached, and disappears from the ads that showed it (add.updated).</summary>
public sealed class MediaDeletedHandler(MarketplaceDbContext db, AdInvalidationsAfterCommit invalidations, TimeProvider time) : IEventHandler<MediaDeleted>
{
    public async Task HandleAsync(MediaDeleted @event, EventContext context, CancellationToken cancellationToken)
    {
        if (await db.Media.FindAsync([@event.MediaId], cancellationToken) is { } copy)
        {
            db.Media.Remove(copy);
        }

        var now = time.GetUtcNow().UtcDateTime;
        Guid[] deleted = [@event.MediaId];
        var ads = await db.Ads
            .FromSql($"""
                UPDATE adds SET media_ids = array_remove(media_ids, {@event.MediaId}), updated_at = {now}
                WHERE media_ids @> {deleted}
                RETURNING *, xmin
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        foreach (var ad in ads)
        {
            db.Outbox().Raise(AdChanges.Updated(ad, [AdFields.MediaIds]), ad.Id);
        }

        await invalidations.InvalidateAsync(db, ads.Select(a => a.Id));
    }
}
