using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Agrovet.Marketplace.Caching;

/// <summary>
/// Drops cached ads once the transaction that changed them has committed. Event handlers run inside the consumer's
/// transaction, which commits after they return; invalidating before that lets a read in between put the old row
/// back in the cache. Changes made outside a transaction are invalidated at once.
/// </summary>
public sealed class AdInvalidationsAfterCommit(AdCache cache) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<long>> _pending = [];

    public async Task InvalidateAsync(DbContext db, IEnumerable<long> adIds)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await cache.InvalidateAsync(adIds);
            return;
        }

        var pending = _pending.GetOrCreateValue(db);
        lock (pending)
        {
            pending.UnionWith(adIds);
        }
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { Count: > 0 } ids)
        {
            await cache.InvalidateAsync(ids);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Take(eventData.Context) is { Count: > 0 } ids)
        {
            cache.InvalidateAsync(ids).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Take(eventData.Context);

    private List<long>? Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return null;
        }

        lock (pending)
        {
            var ids = pending.ToList();
            pending.Clear();
            return ids;
        }
    }
}
