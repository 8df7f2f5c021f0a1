using Agrovet.Marketplace.Data;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Media;

/// <summary>
/// Checks that photos attached to an ad are uploads of its seller, against the copy kept from media events (no call
/// to the media service per request). An id not in the copy is either someone else's or not uploaded (yet).
/// </summary>
public static class MediaOwnership
{
    public static async Task ValidateAsync(
        MarketplaceDbContext db, long sellerId, IReadOnlyList<Guid> mediaIds, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (mediaIds.Count == 0 || errors.Has("media_ids"))
        {
            return;
        }

        var owned = await db.Media.AsNoTracking()
            .Where(m => mediaIds.Contains(m.Id) && m.OwnerId == sellerId)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in mediaIds.Except(owned))
        {
            errors.Add("media_ids", $"Photo {id} is not among the seller's uploads. Upload it first with POST /api/media/ (if you just did, try again in a moment).");
        }
    }
}
