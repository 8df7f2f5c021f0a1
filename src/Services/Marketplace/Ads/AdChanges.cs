using System.ComponentModel.DataAnnotations.Schema;
using System.Globalization;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Ads;

/// <summary>
/// The one place where ads are created, edited and withdrawn: each change is saved with its <c>add.*</c> event in
/// one transaction, and the cached detail is dropped once it has committed (<see cref="AdInvalidationsAfterCommit"/>).
/// An administrator's edits and withdrawals also add their audit entry (<c>audit.recorded</c>) to that transaction.
/// </summary>
public sealed class AdChanges(MarketplaceDbContext db, AdInvalidationsAfterCommit invalidations, TimeProvider time)
{
    public async Task CreateAsync(Ad ad, CancellationToken cancellationToken)
    {
        // The id comes from the insert, so the event joins a second save inside the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Ads.Add(ad);
        await db.SaveChangesAsync(cancellationToken);
        db.Outbox().Raise(
            new AdCreated(ad.Id, ad.SellerId, ad.Title, ad.Price, ad.Currency, ad.Stock, ad.Category, ad.Region, new DateTimeOffset(ad.CreatedAt, TimeSpan.Zero), ad.RegionCode),
            ad.Id);
        invalidations.Added(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Applies an edit to the ad under its row lock: the row is locked, reloaded, and <paramref name="apply"/> (which
    /// returns the names of the fields it changed) runs on it as it is now, so stock and status are never computed
    /// from a copy a purchase changed meanwhile. The lock comes before the event bus's per-ad ordering lock (taken in
    /// SaveChanges), the order purchases and withdrawals take them in, so an edit racing a purchase waits instead of
    /// deadlocking. <paramref name="admin"/> (null unless an administrator edits) gets the audit entry of the edit.
    /// </summary>
    public async Task<Ad> UpdateAsync(Ad ad, Func<Ad, IReadOnlyList<string>> apply, AuditActor? admin, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM adds WHERE id = {ad.Id} FOR UPDATE", cancellationToken);
        await db.Entry(ad).ReloadAsync(cancellationToken);
        var before = AdValues.Of(ad);
        var changed = apply(ad);
        if (changed.Count == 0)
        {
            return ad;
        }

        ad.Touch(time.GetUtcNow().UtcDateTime);
        db.Outbox().Raise(Updated(ad, changed), ad.Id);
        if (admin is not null)
        {
            db.Outbox().RecordAdminAction(admin, "update", AuditedAd(ad), before.ChangesTo(ad));
        }

        invalidations.Changed(db, [ad.Id]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ad;
    }

    /// <summary>
    /// Withdraws those of the ads that are not withdrawn yet, in one statement; returns their ids. When
    /// <paramref name="admin"/> is not null, each ad withdrawn gets its audit entry.
    /// </summary>
    public async Task<IReadOnlyList<long>> WithdrawAsync(IReadOnlyCollection<long> ids, AuditActor? admin, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var idArray = ids.ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Rows locked in id order, so two overlapping bulk withdrawals cannot deadlock; the statuses they leave are
        // read under the same lock, for the audit log.
        var statusesBefore = (await db.Database
                .SqlQuery<LockedAd>($"SELECT id, status FROM adds WHERE id = ANY({idArray}) ORDER BY id FOR UPDATE")
                .ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => a.Status);
        // One conditional UPDATE: a purchase running at the same moment either committed before (and is kept) or
        // finds the ad withdrawn.
        var withdrawn = await db.Ads
            .FromSql($"""
                UPDATE adds SET status = {AdStatus.Withdrawn}, updated_at = {now}
                WHERE id = ANY({idArray}) AND status <> {AdStatus.Withdrawn}
                RETURNING *, xmin
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        foreach (var ad in withdrawn)
        {
            db.Outbox().Raise(Updated(ad, [AdFields.Status]), ad.Id);
            if (admin is not null)
            {
                db.Outbox().RecordAdminAction(admin, "withdraw", AuditedAd(ad), new AuditChanges().Add(AdFields.Status, statusesBefore.GetValueOrDefault(ad.Id), ad.Status));
            }
        }

        var withdrawnIds = withdrawn.Select(a => a.Id).ToList();
        invalidations.Changed(db, withdrawnIds);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return withdrawnIds;
    }

    public static AdUpdated Updated(Ad ad, IReadOnlyList<string> changed) =>
        new(ad.Id, ad.SellerId, ad.Title, ad.Price, ad.Currency, ad.Stock, ad.Status, changed);

    private static AuditObject AuditedAd(Ad ad) => new(AuditObjectTypes.Ad, ad.Id.ToString(CultureInfo.InvariantCulture), ad.Title);

    /// <summary>A row of the locking read of <see cref="WithdrawAsync"/>.</summary>
    private sealed record LockedAd([property: Column("id")] long Id, [property: Column("status")] string Status);
}
