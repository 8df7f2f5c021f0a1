using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Agrovet.Marketplace.Caching;

/// <summary>
/// The one way changes reach the caches (ad details in <see cref="AdCache"/>, remembered ranked searches): the code
/// that changes ads says which ones, inside the transaction of the change, and they are dropped once that transaction
/// has committed — never before (a read in between would put the old row back in the cache), and not at all when it
/// rolls back. Requests and event handlers alike (a handler runs inside the consumer's transaction, which commits after
/// it returns).
/// </summary>
public sealed class AdInvalidationsAfterCommit(AdCache cache) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingInvalidations> _pending = [];

    /// <summary>Ads whose detail and place in searches changed (an edit, a withdrawal, selling out, a seller deactivated or renamed).</summary>
    public void Changed(DbContext db, IEnumerable<long> adIds) => PendingOf(db).Changed(adIds);

    /// <summary>An ad whose stock alone changed (a purchase that leaves some): its detail, no search.</summary>
    public void StockChanged(DbContext db, long adId) => PendingOf(db).StockChanged(adId);

    /// <summary>A new ad: nothing of it is cached, but remembered searches may now miss it.</summary>
    public void Added(DbContext db) => PendingOf(db).Added();

    // A pooled context comes back for another unit of work: what an abandoned transaction left is not that one's.
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Take(eventData.Context);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } committed)
        {
            await committed.ApplyAsync(cache);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Take(eventData.Context) is { } committed)
        {
            committed.ApplyAsync(cache).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Take(eventData.Context);

    private PendingInvalidations PendingOf(DbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Say which ads a change invalidates inside the transaction that makes it, so they are dropped after it commits.");
        }

        return _pending.GetOrCreateValue(db);
    }

    private PendingInvalidations? Take(DbContext? context) =>
        context is not null && _pending.TryGetValue(context, out var pending) ? pending.Take() : null;
}
