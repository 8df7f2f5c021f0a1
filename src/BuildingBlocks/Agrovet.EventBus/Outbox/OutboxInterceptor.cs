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
/// In the caller's transaction it is taken before the save. Without one, the save runs in EF's own transaction
/// (made to start even for a single statement) and the lock is taken as it starts: one round trip with EF's BEGIN,
/// and no savepoint, which a transaction opened here would have cost twice more.
/// </remarks>
internal sealed class OutboxInterceptor<TContext>(OutboxSignal<TContext> signal, IOptions<EventBusOptions> options)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IOutboxRowStamp
    where TContext : DbContext
{
    private const string LockSql = $"SELECT pg_advisory_xact_lock({SubjectLockKeys.NamespaceText}, k) FROM unnest(@subject_keys) AS k";

    private readonly ConditionalWeakTable<DbContext, SaveState> _states = [];

    public string Source => options.Value.Source ?? string.Empty;

    public bool OrderPerSubject => options.Value.OrderPerSubject;

    public void Committed() => signal.Notify();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Prepare(eventData.Context) is { } locking)
        {
            locking.Context.Database.ExecuteSqlRaw(LockSql, LockParameter(locking.Keys));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Prepare(eventData.Context) is { } locking)
        {
            await locking.Context.Database.ExecuteSqlRawAsync(LockSql, [LockParameter(locking.Keys)], cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndSave(eventData.Context);
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndSave(eventData.Context);
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => EndSave(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndSave(eventData.Context);
        return Task.CompletedTask;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        EndSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        EndSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => EndSave(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        EndSave(eventData.Context);
        return Task.CompletedTask;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (KeysToLock(eventData.Context) is { } keys)
        {
            using var command = LockCommand(connection, result, keys);
            command.ExecuteNonQuery();
        }

        return result;
    }

    public async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (KeysToLock(eventData.Context) is { } keys)
        {
            await using var command = LockCommand(connection, result, keys);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

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

    /// <summary>
    /// At the start of a save with outbox rows: marks the commit to signal, and arranges the ordering lock. Returns
    /// the keys to lock now when the caller's transaction is open; otherwise they are locked when EF's starts.
    /// </summary>
    private (DbContext Context, int[] Keys)? Prepare(DbContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var state = _states.GetOrCreateValue(context);
        EndSave(context);
        if (context.Database.CurrentTransaction is null)
        {
            state.CommitPending = false;
        }

        var pending = PendingMessages(context);
        if (pending.Count == 0)
        {
            return null;
        }

        state.CommitPending = true;
        if (!options.Value.OrderPerSubject)
        {
            return null;
        }

        var keys = pending.Select(m => SubjectLockKeys.For(m.Topic, m.Subject)).Distinct().Order().ToArray();
        if (context.Database.CurrentTransaction is not null || System.Transactions.Transaction.Current is not null)
        {
            return (context, keys);
        }

        state.KeysToLockOnStart = keys;
        state.RestoreTransactionBehavior = context.Database.AutoTransactionBehavior;
        context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        return null;
    }

    /// <summary>
    /// The keys to lock in a transaction EF starts during a save that carries outbox rows (kept until the save ends:
    /// an execution strategy that retries the save starts a new transaction, which needs the lock again).
    /// </summary>
    private int[]? KeysToLock(DbContext? context) =>
        context is not null && _states.TryGetValue(context, out var state) ? state.KeysToLockOnStart : null;

    /// <summary>The save is over: EF's transaction (if it started one) is committed or rolled back by EF.</summary>
    private void EndSave(DbContext? context)
    {
        if (context is null || !_states.TryGetValue(context, out var state))
        {
            return;
        }

        state.KeysToLockOnStart = null;
        if (state.RestoreTransactionBehavior is { } behavior)
        {
            state.RestoreTransactionBehavior = null;
            context.Database.AutoTransactionBehavior = behavior;
        }
    }

    private static DbCommand LockCommand(DbConnection connection, DbTransaction transaction, int[] keys)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = LockSql;
        command.Parameters.Add(LockParameter(keys));
        return command;
    }

    private static NpgsqlParameter LockParameter(int[] keys) => new("subject_keys", keys);

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
                {
                    continue;
                }

                if (entry.Entity.Source.Length == 0)
                {
                    entry.Entity.Source = Source;
                }

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
        {
            Signal(context);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is null || !_states.TryGetValue(context, out var state) || !state.CommitPending)
        {
            return;
        }

        state.CommitPending = false;
        signal.Notify();
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _states.TryGetValue(context, out var state))
        {
            state.CommitPending = false;
        }
    }

    private sealed class SaveState
    {
        /// <summary>Subjects to lock when EF starts the save's transaction.</summary>
        public int[]? KeysToLockOnStart { get; set; }

        /// <summary>The context's own setting, put back once a save made EF start a transaction.</summary>
        public AutoTransactionBehavior? RestoreTransactionBehavior { get; set; }

        public bool CommitPending { get; set; }
    }
}
