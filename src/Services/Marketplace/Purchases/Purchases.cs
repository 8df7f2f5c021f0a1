using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Outbox;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Agrovet.Marketplace.Purchases;

/// <summary>
/// Buying: one conditional <c>UPDATE adds ... WHERE stock &gt;= quantity ... RETURNING</c> takes the stock (the row
/// lock orders concurrent buyers; none can take more than is there), and the order, its <c>add.sold</c> event and the
/// idempotency key (unique per buyer, on the order) are written in the same transaction. Two requests with one key
/// race to that unique index: the loser rolls back (returning its stock) and answers with the winner's order.
/// </summary>
public sealed class Purchases(MarketplaceDbContext db, AdInvalidationsAfterCommit invalidations, TimeProvider time)
{
    private const string TakeStockSql = $"""
        UPDATE adds
        SET stock = stock - $1,
            status = CASE WHEN stock - $1 = 0 THEN '{AdStatus.SoldOut}' ELSE status END,
            updated_at = $3
        WHERE id = $2 AND stock >= $1 AND status = '{AdStatus.Active}' AND seller_active AND seller_id <> $4
        RETURNING seller_id, seller_username, title, price, currency, stock
        """;

    public async Task<PurchaseOutcome> PurchaseAsync(
        long adId, int quantity, long buyerId, string buyerUsername, string idempotencyKey, Checkout checkout, CancellationToken cancellationToken)
    {
        if (await FindByKeyAsync(buyerId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return Replay(earlier, adId, quantity, checkout);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sold = await TakeStockAsync(adId, quantity, buyerId, now, transaction, cancellationToken);
        if (sold is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            // A request with the same key may have won the stock meanwhile (this one waited on its row lock).
            if (await FindByKeyAsync(buyerId, idempotencyKey, cancellationToken) is { } winner)
            {
                return Replay(winner, adId, quantity, checkout);
            }

            // Null when the ad could serve the purchase after all (stock came back since the update looked): try again.
            return await ExplainRefusalAsync(adId, quantity, buyerId, cancellationToken)
                ?? await PurchaseAsync(adId, quantity, buyerId, buyerUsername, idempotencyKey, checkout, cancellationToken);
        }

        var order = Order.Place(adId, sold.Title, sold.SellerId, sold.SellerUsername, buyerId, buyerUsername, quantity, sold.Price, sold.Currency, idempotencyKey, checkout, now);
        // HiLo ids are assigned here, without a round trip in most cases; add.sold carries the id.
        await db.Orders.AddAsync(order, cancellationToken);
        db.OrderEvents.Add(OrderEvent.Record(order.Id, OrderStatus.Placed, buyerId, buyerUsername, OrderParty.Buyer, string.Empty, order.CreatedAt));
        db.Outbox().Raise(
            new AdSold(adId, order.Id, sold.SellerId, buyerId, quantity, order.UnitPrice, order.Total, order.Currency, sold.StockLeft),
            adId);
        if (sold.StockLeft == 0)
        {
            db.Outbox().Raise(
                new AdUpdated(adId, sold.SellerId, sold.Title, sold.Price, sold.Currency, 0, AdStatus.SoldOut, [AdFields.Stock, AdFields.Status]),
                adId);
        }

        // Selling out changes the status, which searches filter on; a purchase that leaves stock changes no search.
        if (sold.StockLeft == 0)
        {
            invalidations.Changed(db, [adId]);
        }
        else
        {
            invalidations.StockChanged(db, adId);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsDuplicateKey(e))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var winner = await FindByKeyAsync(buyerId, idempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The idempotency key was taken by an order that cannot be found.", e);
            return Replay(winner, adId, quantity, checkout);
        }

        return new PurchaseOutcome.Placed(order);
    }

    private static PurchaseOutcome Replay(Order earlier, long adId, int quantity, Checkout checkout) =>
        earlier.AdId == adId && earlier.Quantity == quantity && checkout.SameChoicesAs(earlier)
            ? new PurchaseOutcome.Replayed(earlier)
            : new PurchaseOutcome.KeyReused(earlier);

    private Task<Order?> FindByKeyAsync(long buyerId, string key, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.BuyerId == buyerId && o.IdempotencyKey == key, cancellationToken);

    private async Task<SoldStock?> TakeStockAsync(
        long adId, int quantity, long buyerId, DateTime now, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(TakeStockSql, connection, (NpgsqlTransaction)transaction.GetDbTransaction())
        {
            Parameters =
            {
                new() { Value = quantity, NpgsqlDbType = NpgsqlDbType.Integer },
                new() { Value = adId, NpgsqlDbType = NpgsqlDbType.Bigint },
                new() { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new() { Value = buyerId, NpgsqlDbType = NpgsqlDbType.Bigint },
            },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SoldStock(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetDecimal(3), reader.GetString(4), reader.GetInt32(5));
    }

    /// <summary>Why the conditional update took nothing, read after the fact (most specific reason first).</summary>
    private async Task<PurchaseOutcome?> ExplainRefusalAsync(long adId, int quantity, long buyerId, CancellationToken cancellationToken)
    {
        var ad = await db.Ads.AsNoTracking()
            .Where(a => a.Id == adId)
            .Select(a => new { a.SellerId, a.SellerActive, a.Status, a.Stock })
            .FirstOrDefaultAsync(cancellationToken);
        if (ad is null)
        {
            return new PurchaseOutcome.NoSuchAd();
        }

        if (ad.SellerId == buyerId)
        {
            return new PurchaseOutcome.OwnAd();
        }

        if (ad.Status == AdStatus.Withdrawn)
        {
            return new PurchaseOutcome.Withdrawn();
        }

        if (!ad.SellerActive)
        {
            return new PurchaseOutcome.SellerInactive();
        }

        return ad.Stock < quantity || ad.Status != AdStatus.Active ? new PurchaseOutcome.NotEnoughStock(ad.Stock) : null;
    }

    private static bool IsDuplicateKey(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
        && unique.ConstraintName == OrderConfiguration.UniqueIdempotencyKeyIndex;

    private sealed record SoldStock(long SellerId, string SellerUsername, string Title, decimal Price, string Currency, int StockLeft);
}
