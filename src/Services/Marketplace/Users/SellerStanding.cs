using Agrovet.LocalCopies.Users;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Users;

/// <summary>
/// Carries account changes into the ads and orders that show them: a deactivated or deleted seller's ads leave the
/// listing (and a reactivated seller's come back); a new username shows on their ads and orders. A deleted account's
/// orders stay for the other party's records; their delivery addresses go (the orders keep their copies).
/// </summary>
public sealed class SellerStanding(MarketplaceDbContext db, AdInvalidationsAfterCommit invalidations) : IUserCopyReaction
{
    public async Task OnChangedAsync(UserCopyChange change, CancellationToken cancellationToken)
    {
        var user = change.User;
        if (change.VisibilityChanged)
        {
            await SetActiveAsync(user.Id, user.IsVisible, cancellationToken);
        }

        if (user.IsDeleted)
        {
            await db.Addresses.Where(a => a.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        }

        if (change.UsernameChanged && !user.IsDeleted)
        {
            await RenameAsync(user.Id, user.Username, cancellationToken);
        }
    }

    private async Task SetActiveAsync(long userId, bool active, CancellationToken cancellationToken)
    {
        var ids = await db.Ads.Where(a => a.SellerId == userId && a.SellerActive != active).Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return;
        }

        await db.Ads.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(a => a.SetProperty(x => x.SellerActive, active), cancellationToken);
        invalidations.Changed(db, ids);
    }

    private async Task RenameAsync(long userId, string username, CancellationToken cancellationToken)
    {
        var ids = await db.Ads.Where(a => a.SellerId == userId && a.SellerUsername != username).Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Count > 0)
        {
            await db.Ads.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(a => a.SetProperty(x => x.SellerUsername, username), cancellationToken);
        }

        await db.Orders.Where(o => o.SellerId == userId && o.SellerUsername != username)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.SellerUsername, username), cancellationToken);
        await db.Orders.Where(o => o.BuyerId == userId && o.BuyerUsername != username)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.BuyerUsername, username), cancellationToken);
        invalidations.Changed(db, ids);
    }
}
