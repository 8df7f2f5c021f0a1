using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Agrovet.Bench.Events;

/// <summary>Stamps the consumer's effects when their transaction commits.</summary>
public sealed class EffectCommitInterceptor(EffectClock clock) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        clock.ContextCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => clock.ContextCommitted(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        clock.ContextRolledBack(eventData.Context);
        return Task.CompletedTask;
    }
}
