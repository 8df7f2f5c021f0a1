using System.Data.Common;
using System.Runtime.CompilerServices;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// Watches saves that carry outbox rows: stamps their source, takes the per-subject ordering lock, and signals the
/// relay once the rows are committed (after <c>SaveChanges</c>, or after the caller's own transaction commits).
/// </summary>
/// <remarks>
/// The ordering lock: the identity value of an outbox row is taken when it is inserted, not when it commits, so two
/// transactions on the same aggregate could commit in the opposite order of their ids (EF inserts
/// <c>outbox_messages</c> before, say, <c>users</c>). A transaction-scoped advisory lock per subject, taken before the
/// insert, makes the second transaction wait for the first to finish, so per subject id order is commit order.
/// When the caller has no transaction, one is opened here for the save (and committed or rolled back with it).
/// </remarks>
internal sealed class OutboxInterceptor<TContext>(OutboxSignal<TContext> signal, IOptions<EventBusOptions> options)
    : SaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    private readonly ConditionalWeakTable<DbContext, SaveState> states = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        DropStaleState(eventData.Context);
        if (eventData.Context is { } context && PendingMessages(context) is { Count: > 0 } pending)
        {
            var state = states.GetOrCreateValue(context);
            if (options.Value.OrderPerSubject)
            {
                if (context.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null)
                    state.OwnTransaction = context.Database.BeginTransaction();
                context.Database.ExecuteSqlRaw(LockSql, LockParameter(pending));
            }

            state.CommitPending = true;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        DropStaleState(eventData.Context);
        if (eventData.Context is { } context && PendingMessages(context) is { Count: > 0 } pending)
        {
            var state = states.GetOrCreateValue(context);
            if (options.Value.OrderPerSubject)
            {
                if (context.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null)
                    state.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync(LockSql, [LockParameter(pending)], cancellationToken);
            }

            state.CommitPending = true;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && states.TryGetValue(context, out var state) && state.OwnTransaction is { } own)
        {
            // Changes are already accepted by EF here; a failing commit surfaces as SaveChanges throwing.
            state.OwnTransaction = null;
            using (own)
                own.Commit();
        }

        SignalIfCommitted(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && states.TryGetValue(context, out var state) && state.OwnTransaction is { } own)
        {
            state.OwnTransaction = null;
            await using (own)
                await own.CommitAsync(cancellationToken);
        }

        SignalIfCommitted(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => RollBackOwnTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        RollBackOwnTransactionAsync(eventData.Context);

    // EF reports an optimistic-concurrency failure here instead of through SaveChangesFailed, while the batch's reader
    // is still open, so the transaction cannot be rolled back yet: it is marked, and ends with the context's lease
    // (disposing it rolls back) or at the start of the next save, whichever comes first.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        MarkOwnTransactionFailed(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        MarkOwnTransactionFailed(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => RollBackOwnTransaction(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        RollBackOwnTransactionAsync(eventData.Context);

    // EF still reports the transaction as current while this runs.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private const string LockSql = $"SELECT pg_advisory_xact_lock({SubjectLockKeys.NamespaceText}, k) FROM unnest(@subject_keys) AS k";

    private static NpgsqlParameter LockParameter(List<OutboxMessage> pending) =>
        new("subject_keys", pending.Select(m => SubjectLockKeys.For(m.Topic, m.Subject)).Distinct().Order().ToArray());

    private List<OutboxMessage> PendingMessages(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var pending = new List<OutboxMessage>();
            foreach (EntityEntry<OutboxMessage> entry in tracker.Entries<OutboxMessage>())
            {
                if (entry.State != EntityState.Added)
                    continue;
                if (entry.Entity.Source.Length == 0)
                    entry.Entity.Source = options.Value.Source ?? string.Empty;
                pending.Add(entry.Entity);
            }

            return pending;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>After a save: the rows are durable now unless a transaction is still open (then its commit signals).</summary>
    private void SignalIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Signal(context);
    }

    private void Signal(DbContext? context)
    {
        if (context is null || !states.TryGetValue(context, out var state) || !state.CommitPending)
            return;
        state.CommitPending = false;
        signal.Notify();
    }

    /// <summary>
    /// Contexts are pooled: whatever a save of an earlier lease left behind (its transaction is gone with the lease)
    /// must not leak into this one.
    /// </summary>
    private void DropStaleState(DbContext? context)
    {
        if (context is null || !states.TryGetValue(context, out var state))
            return;
        if (state.OwnTransaction is { } own)
        {
            state.OwnTransaction = null;
            if (state.OwnTransactionFailed && ReferenceEquals(own, context.Database.CurrentTransaction))
            {
                using (own)
                    own.Rollback();
            }
        }

        state.OwnTransactionFailed = false;
        if (context.Database.CurrentTransaction is null)
            state.CommitPending = false;
    }

    private void MarkOwnTransactionFailed(DbContext? context)
    {
        if (context is not null && states.TryGetValue(context, out var state) && state.OwnTransaction is not null)
        {
            state.OwnTransactionFailed = true;
            state.CommitPending = false;
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && states.TryGetValue(context, out var state))
            state.CommitPending = false;
    }

    private void RollBackOwnTransaction(DbContext? context)
    {
        if (context is null || !states.TryGetValue(context, out var state) || state.OwnTransaction is not { } own)
            return;
        state.OwnTransaction = null;
        state.CommitPending = false;
        using (own)
            own.Rollback();
    }

    private async Task RollBackOwnTransactionAsync(DbContext? context)
    {
        if (context is null || !states.TryGetValue(context, out var state) || state.OwnTransaction is not { } own)
            return;
        state.OwnTransaction = null;
        state.CommitPending = false;
        await using (own)
            await own.RollbackAsync(CancellationToken.None);
    }

    private sealed class SaveState
    {
        public IDbContextTransaction? OwnTransaction { get; set; }

        public bool OwnTransactionFailed { get; set; }

        public bool CommitPending { get; set; }
    }
}
