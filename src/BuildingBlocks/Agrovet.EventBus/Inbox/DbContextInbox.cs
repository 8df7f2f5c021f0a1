using Agrovet.EventBus.Consuming;
using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Agrovet.EventBus.Inbox;

/// <summary>
/// The inbox table of <typeparamref name="TContext"/>: each delivery is handled in a database transaction together with
/// its inbox row, so the effect and the record of it commit together or not at all (exactly-once effect). A batch is
/// one transaction.
/// </summary>
internal sealed class DbContextInbox<TContext>(TopicHandlers handlers, IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : IInbox
    where TContext : DbContext
{
    private ConsumerAddress Consumer => handlers.Consumer;

    public async Task<BatchFailure?> HandleBatchAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken)
    {
        Delivery? current = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = batch.Select(d => d.Envelope!.Id).Distinct().ToList();
            var handled = (await db.Set<InboxMessage>()
                .Where(m => m.Consumer == Consumer.Group && ids.Contains(m.EventId))
                .Select(m => m.EventId)
                .ToListAsync(cancellationToken)).ToHashSet();

            // One SaveChanges per batch, except that a handler always sees the effects of earlier events of its
            // own subject: those are saved before it runs. Events of different subjects are independent, as they
            // would be on two consumers.
            var effects = new List<Delivery>(batch.Count);
            var unsavedSubjects = new HashSet<string>(StringComparer.Ordinal);
            foreach (var delivery in batch)
            {
                var envelope = delivery.Envelope!;
                if (!handled.Add(envelope.Id))
                {
                    continue;
                }

                if (!unsavedSubjects.Add(envelope.Subject))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    unsavedSubjects.Clear();
                    unsavedSubjects.Add(envelope.Subject);
                }

                current = delivery;
                await handlers.InvokeAsync(scope.ServiceProvider, delivery, delivery.Attempt, andThen: null, cancellationToken);
                effects.Add(delivery);
            }

            current = null;
            await db.SaveChangesAsync(cancellationToken);
            await InsertInboxAsync(db, effects, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            EventBusTelemetry.Count(EventBusTelemetry.Consumed, Consumer, effects);
            EventBusTelemetry.CountDuplicates(Consumer.Topic, batch.Count - effects.Count);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return new BatchFailure([], current, e, current is not null && !TransientFailures.IsInfrastructure(e));
        }
    }

    public async Task HandleAsync(Delivery delivery, int attempt, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope!;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<InboxMessage>().AnyAsync(m => m.EventId == envelope.Id && m.Consumer == Consumer.Group, cancellationToken))
        {
            logger.LogDebug("Event {EventId} on {Topic} was already handled by group {Group}; acknowledging the redelivery", envelope.Id, Consumer.Topic, Consumer.Group);
            EventBusTelemetry.CountDuplicates(Consumer.Topic, 1);
            return;
        }

        await handlers.InvokeAsync(scope.ServiceProvider, delivery, attempt, async token =>
        {
            db.Set<InboxMessage>().Add(new InboxMessage
            {
                EventId = envelope.Id,
                Consumer = Consumer.Group,
                Topic = Consumer.Topic,
                Type = envelope.Type,
                ProcessedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(token);
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EventBusTelemetry.Count(EventBusTelemetry.Consumed, Consumer, [delivery]);
    }

    /// <summary>
    /// A batch's inbox rows in one statement: one INSERT per row would cost the database a statement each, as much as
    /// the effects themselves.
    /// </summary>
    private async Task InsertInboxAsync(TContext db, List<Delivery> handled, CancellationToken cancellationToken)
    {
        if (handled.Count == 0)
        {
            return;
        }

        var name = ModelTables.QuotedName<InboxMessage>(db);
        // The table name comes from the EF model, the values are parameters.
        var sql = $"INSERT INTO {name} (event_id, consumer, topic, type, processed_at) "
            + "SELECT e, @consumer, @topic, t, @processed_at FROM unnest(@event_ids, @types) AS u(e, t)";
        await db.Database.ExecuteSqlRawAsync(
            sql,
            [
                new NpgsqlParameter("consumer", Consumer.Group),
                new NpgsqlParameter("topic", Consumer.Topic),
                new NpgsqlParameter("processed_at", time.GetUtcNow()),
                new NpgsqlParameter("event_ids", handled.Select(d => d.Envelope!.Id).ToArray()),
                new NpgsqlParameter("types", handled.Select(d => d.Envelope!.Type).ToArray()),
            ],
            cancellationToken);
    }
}
