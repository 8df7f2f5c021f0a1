using System.Globalization;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Orders;

/// <summary>
/// Moves orders through their lifecycle with conditional updates (<c>WHERE status IN (allowed)</c>), so two
/// concurrent actions on one order cannot both apply. Cancelling returns the units to the ad in the same transaction,
/// and an administrator's step adds its audit entry to it.
/// </summary>
public sealed class OrderTransitions(MarketplaceDbContext db, AdInvalidationsAfterCommit invalidations, TimeProvider time)
{
    /// <param name="callerId">Who asks: the buyer, the seller, or (with <paramref name="admin"/>) an administrator.</param>
    /// <param name="callerUsername">Their name, as the order's timeline shows it.</param>
    /// <param name="admin">The caller when they are an administrator (their step is audited), else null.</param>
    /// <param name="note">What the step says to the other party (shipping: the tracking note); empty for none.</param>
    public async Task<OrderTransitionOutcome> ApplyAsync(
        long orderId, OrderAction action, long callerId, string callerUsername, AuditActor? admin, string note, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        var party = order is null ? OrderParty.None : OrderParties.Of(callerId, admin is not null, order.BuyerId, order.SellerId);
        if (order is null || party == OrderParty.None)
        {
            return new OrderTransitionOutcome.NoSuchOrder();
        }

        var allowedFrom = action.AllowedFrom(party);
        if (allowedFrom.Count == 0)
        {
            return new OrderTransitionOutcome.NotAllowed();
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? statusBefore = null;
        if (admin is not null)
        {
            // The audit entry names the status the order leaves: read under the row lock the update below would take
            // first anyway, so the lock order stays the same.
            statusBefore = await db.Database
                .SqlQuery<string>($"SELECT status AS \"Value\" FROM orders WHERE id = {orderId} FOR UPDATE")
                .SingleAsync(cancellationToken);
        }

        var updated = await db.Orders
            .Where(o => o.Id == orderId && allowedFrom.Contains(o.Status))
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, action.To).SetProperty(x => x.UpdatedAt, now), cancellationToken);
        if (updated == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var current = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Status).FirstAsync(cancellationToken);
            return new OrderTransitionOutcome.WrongStatus(party, current, allowedFrom);
        }

        if (action == OrderAction.Cancel)
        {
            await ReturnStockAsync(order.AdId, order.Quantity, now, cancellationToken);
            invalidations.Changed(db, [order.AdId]);
        }

        if (admin is not null)
        {
            db.Outbox().RecordAdminAction(
                admin,
                action.Name,
                new AuditObject(AuditObjectTypes.Order, orderId.ToString(CultureInfo.InvariantCulture), $"Order #{orderId}"),
                new AuditChanges().Add("status", statusBefore, action.To));
        }

        db.OrderEvents.Add(OrderEvent.Record(orderId, action.To, callerId, callerUsername, party, note, now));

        // The timeline step and the outbox rows (add.updated of a cancellation, the audit entry of an admin), in one save.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        order.Status = action.To;
        order.UpdatedAt = now;
        return new OrderTransitionOutcome.Applied(order);
    }

    /// <summary>Puts the units back (a sold-out ad becomes active again) and raises <c>add.updated</c> (saved by the caller).</summary>
    private async Task ReturnStockAsync(long adId, int quantity, DateTime now, CancellationToken cancellationToken)
    {
        var ad = (await db.Ads
            .FromSql($"""
                UPDATE adds
                SET stock = stock + {quantity},
                    status = CASE WHEN status = {AdStatus.SoldOut} THEN {AdStatus.Active} ELSE status END,
                    updated_at = {now}
                WHERE id = {adId}
                RETURNING *, xmin
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken)).Single();
        var changed = ad.Status == AdStatus.Active && ad.Stock == quantity
            ? new[] { AdFields.Stock, AdFields.Status }
            : [AdFields.Stock];
        db.Outbox().Raise(AdChanges.Updated(ad, changed), adId);
    }
}
