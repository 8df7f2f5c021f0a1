using Agrovet.Chat.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Chat.Ads;

/// <summary>
/// Finds the ad a buyer wants to talk about: the local copy answers; an ad its events have not brought yet is asked of
/// the marketplace once and kept.
/// </summary>
public sealed class AdCopies(ChatDbContext db, MarketplaceClient marketplace, ILogger<AdCopies> logger)
{
    public async Task<AdLookupOutcome> FindAsync(long adId, CancellationToken cancellationToken)
    {
        if (await db.Ads.AsNoTracking().FirstOrDefaultAsync(a => a.Id == adId, cancellationToken) is { } known)
        {
            return new AdLookupOutcome.Found(known);
        }

        AdCopy? asked;
        try
        {
            asked = await marketplace.FindAsync(adId, cancellationToken);
        }
        catch (MarketplaceUnavailableException e)
        {
            logger.LogWarning(e, "Could not look up ad {AdId} at the marketplace", adId);
            return new AdLookupOutcome.Unavailable();
        }

        if (asked is null)
        {
            return new AdLookupOutcome.NotFound();
        }

        db.Ads.Add(asked);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Its event arrived meanwhile.
            db.Entry(asked).State = EntityState.Detached;
        }

        return new AdLookupOutcome.Found(asked);
    }
}
