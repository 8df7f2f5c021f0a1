using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// This process's consumer of one topic. Reads new deliveries (and, every claim interval, deliveries other consumers
/// abandoned), handles each in a database transaction together with its inbox row, commits, then acknowledges.
/// A batch is handled in one transaction while nothing fails; on a failure it is handled again one delivery at a time,
/// each retried with backoff and dead-lettered after <see cref="EventConsumerOptions.MaxAttempts"/> failed attempts.
/// Deliveries are handled in stream order; a failing one holds back the ones after it until it is dead-lettered.
/// </summary>
internal sealed class TopicConsumer<TContext>(
    string topic,
    IReadOnlyList<EventHandlerRegistration> registrations,
    IServiceScopeFactory scopes,
    IEventTransport transport,
    EventBusOptions options,
    TimeProvider time,
    ILogger logger)
    where TContext : DbContext
{
    private const int MaxErrorLength = 8 * 1024;

    private readonly Dictionary<string, EventHandlerRegistration[]> _handlers =
        registrations.GroupBy(r => r.EventType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private readonly ConsumerAddress _address = new(topic, options.ConsumerGroup!, options.ConsumerName!);

    private EventConsumerOptions Settings => options.Consumer;

    private string Group => _address.Group;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var published = new AsyncSignal();
        IAsyncDisposable? watch = null;
        var backoff = new Backoff(Settings.RetryInitialDelay, Settings.RetryMaxDelay);
        var groupReady = false;
        var nextClaim = time.GetUtcNow();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    watch ??= await transport.WatchAsync(topic, published.Notify, cancellationToken);
                    if (!groupReady)
                    {
                        await transport.EnsureConsumerGroupAsync(topic, Group, cancellationToken);
                        groupReady = true;
                        logger.LogInformation("Consuming {Topic} as {Consumer} of group {Group}", topic, _address.Consumer, Group);
                    }

                    if (time.GetUtcNow() >= nextClaim)
                    {
                        var abandoned = await transport.ClaimStaleAsync(_address, Settings.VisibilityTimeout, Settings.BatchSize, cancellationToken);
                        if (abandoned.Count > 0)
                        {
                            logger.LogInformation("Claimed {Count} deliveries on {Topic} left unacknowledged for over {Timeout}", abandoned.Count, topic, Settings.VisibilityTimeout);
                            await ProcessAsync(abandoned, cancellationToken);
                        }

                        if (abandoned.Count < Settings.BatchSize)
                        {
                            nextClaim = time.GetUtcNow() + Settings.ClaimInterval;
                        }
                    }

                    var deliveries = await transport.ReadAsync(_address, Settings.BatchSize, cancellationToken);
                    if (deliveries.Count > 0)
                    {
                        await ProcessAsync(deliveries, cancellationToken);
                    }
                    else
                    {
                        var untilClaim = nextClaim - time.GetUtcNow();
                        var wait = untilClaim < Settings.IdlePollInterval ? untilClaim : Settings.IdlePollInterval;
                        if (wait > TimeSpan.Zero)
                        {
                            await published.WaitAsync(wait, cancellationToken);
                        }
                    }

                    if (backoff.Failures > 0)
                    {
                        logger.LogInformation("Consuming {Topic} resumed", topic);
                    }

                    backoff.Reset();
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception e)
                {
                    if (backoff.Failures == 0)
                    {
                        logger.LogWarning(e, "Consuming {Topic} failed; retrying with backoff", topic);
                    }
                    else
                    {
                        logger.LogDebug(e, "Consuming {Topic} failed again", topic);
                    }

                    if (!await backoff.WaitAsync(cancellationToken))
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            if (watch is not null)
            {
                await watch.DisposeAsync();
            }
        }
    }

    private async Task ProcessAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var toHandle = new List<Delivery>(deliveries.Count);
        var ignored = new List<Delivery>();
        foreach (var delivery in deliveries)
        {
            if (delivery.Envelope is not { } envelope)
            {
                await DeadLetterAsync(delivery, delivery.Malformed ?? "Malformed stream entry.", delivery.Attempt, null, cancellationToken);
            }
            else if (!_handlers.ContainsKey(envelope.Type))
            {
                logger.LogDebug("Ignoring event {EventId} of type {EventType} on {Topic}: no handler in group {Group}", envelope.Id, envelope.Type, topic, Group);
                ignored.Add(delivery);
            }
            else if (delivery.Attempt > Settings.MaxAttempts)
            {
                await DeadLetterAsync(
                    delivery, $"Delivered {delivery.Attempt} times without being acknowledged: its consumers stopped while handling it.",
                    delivery.Attempt - 1, null, cancellationToken);
            }
            else
            {
                toHandle.Add(delivery);
            }
        }

        BatchFailure? failure = null;
        if (toHandle.Count > 1)
        {
            failure = await TryHandleBatchAsync(toHandle, cancellationToken);
            if (failure is null)
            {
                await AcknowledgeAsync([.. toHandle, .. ignored], cancellationToken);
                return;
            }
        }

        await AcknowledgeAsync(ignored, cancellationToken);
        foreach (var delivery in toHandle)
        {
            // The delivery that broke the batch has used up its attempt already.
            if (failure is { Delivery: var failed, CountsAsAttempt: true } && ReferenceEquals(failed, delivery))
            {
                await HandleOneAsync(delivery, delivery.Attempt + 1, failure.Exception, cancellationToken);
            }
            else
            {
                await HandleOneAsync(delivery, delivery.Attempt, null, cancellationToken);
            }
        }
    }

    /// <summary>All deliveries in one transaction; null when committed, else which delivery failed (nothing committed).</summary>
    private async Task<BatchFailure?> TryHandleBatchAsync(List<Delivery> batch, CancellationToken cancellationToken)
    {
        Delivery? current = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = batch.Select(d => d.Envelope!.Id).Distinct().ToList();
            var handled = (await db.Set<InboxMessage>()
                .Where(m => m.Consumer == Group && ids.Contains(m.EventId))
                .Select(m => m.EventId)
                .ToListAsync(cancellationToken)).ToHashSet();

            // One SaveChanges per batch, except that a handler always sees the effects of earlier events of its
            // own subject: those are saved before it runs. Events of different subjects are independent, as they
            // would be on two consumers.
            var effects = new List<Delivery>(batch.Count);
            var inbox = new List<InboxMessage>(batch.Count);
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
                await InvokeHandlersAsync(scope.ServiceProvider, db, delivery, delivery.Attempt, inbox, cancellationToken);
                effects.Add(delivery);
            }

            current = null;
            await db.SaveChangesAsync(cancellationToken);
            await InsertInboxAsync(db, inbox, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Count(EventBusTelemetry.Consumed, effects);
            EventBusTelemetry.Duplicates.Add(batch.Count - effects.Count, new KeyValuePair<string, object?>("topic", topic));
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var countsAsAttempt = current is not null && !TransientFailures.IsInfrastructure(e);
            if (countsAsAttempt)
            {
                var envelope = current!.Envelope!;
                Count(EventBusTelemetry.Failed, [current]);
                logger.LogWarning(e, "Handling event {EventId} ({EventType}) on {Topic} failed on attempt {Attempt} of {MaxAttempts}; retrying", envelope.Id, envelope.Type, topic, current.Attempt, Settings.MaxAttempts);
            }

            logger.LogDebug(e, "A batch of {Count} deliveries on {Topic} failed; handling them one at a time", batch.Count, topic);
            return new BatchFailure(current, e, countsAsAttempt);
        }
    }

    /// <summary>Handles one delivery from <paramref name="attempt"/> on (after <paramref name="previousFailure"/>, if any).</summary>
    private async Task HandleOneAsync(Delivery delivery, int attempt, Exception? previousFailure, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope!;
        if (previousFailure is not null)
        {
            if (attempt > Settings.MaxAttempts)
            {
                logger.LogError(previousFailure, "Event {EventId} ({EventType}) on {Topic} failed {Attempts} times in group {Group}; moving it to the dead-letter stream", envelope.Id, envelope.Type, topic, attempt - 1, Group);
                await DeadLetterAsync(delivery, Describe(previousFailure), attempt - 1, previousFailure, cancellationToken);
                return;
            }

            await Task.Delay(RetryDelay(attempt - 1), time, cancellationToken);
        }

        var unavailable = new Backoff(Settings.RetryInitialDelay, Settings.RetryMaxDelay);
        while (true)
        {
            try
            {
                await HandleInOwnTransactionAsync(delivery, attempt, cancellationToken);
                break;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (TransientFailures.IsInfrastructure(e))
            {
                // Not the handler's fault: wait for the database or Redis without using up attempts.
                logger.LogWarning(e, "Event {EventId} ({EventType}) on {Topic} cannot be handled now: the database or Redis is unavailable; retrying", envelope.Id, envelope.Type, topic);
                if (!await unavailable.WaitAsync(cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            catch (Exception e)
            {
                Count(EventBusTelemetry.Failed, [delivery]);
                if (attempt >= Settings.MaxAttempts)
                {
                    logger.LogError(e, "Event {EventId} ({EventType}) on {Topic} failed {Attempts} times in group {Group}; moving it to the dead-letter stream", envelope.Id, envelope.Type, topic, attempt, Group);
                    await DeadLetterAsync(delivery, Describe(e), attempt, e, cancellationToken);
                    return;
                }

                logger.LogWarning(e, "Handling event {EventId} ({EventType}) on {Topic} failed on attempt {Attempt} of {MaxAttempts}; retrying", envelope.Id, envelope.Type, topic, attempt, Settings.MaxAttempts);
                await Task.Delay(RetryDelay(attempt), time, cancellationToken);
                attempt++;
            }
        }

        await AcknowledgeAsync([delivery], cancellationToken);
    }

    private async Task HandleInOwnTransactionAsync(Delivery delivery, int attempt, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope!;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<InboxMessage>().AnyAsync(m => m.EventId == envelope.Id && m.Consumer == Group, cancellationToken))
        {
            logger.LogDebug("Event {EventId} on {Topic} was already handled by group {Group}; acknowledging the redelivery", envelope.Id, topic, Group);
            EventBusTelemetry.Duplicates.Add(1, new KeyValuePair<string, object?>("topic", topic));
            return;
        }

        await InvokeHandlersAsync(scope.ServiceProvider, db, delivery, attempt, inboxBatch: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Count(EventBusTelemetry.Consumed, [delivery]);
    }

    /// <summary>
    /// Runs the handlers and records the inbox row: saved at once when handling one delivery, or added to
    /// <paramref name="inboxBatch"/> to be inserted with the rest of a batch.
    /// </summary>
    private async Task InvokeHandlersAsync(
        IServiceProvider services, TContext db, Delivery delivery, int attempt, List<InboxMessage>? inboxBatch, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope!;
        using var span = EventBusTelemetry.StartProcess(topic, envelope.Type, envelope.Id, Group, envelope.Traceparent);
        try
        {
            var context = new EventContext(envelope, topic, Group, attempt);
            foreach (var registration in _handlers[envelope.Type])
            {
                await registration.Invoke(services, context, cancellationToken);
            }

            var handled = new InboxMessage
            {
                EventId = envelope.Id,
                Consumer = Group,
                Topic = topic,
                Type = envelope.Type,
                ProcessedAt = time.GetUtcNow(),
            };
            if (inboxBatch is not null)
            {
                inboxBatch.Add(handled);
            }
            else
            {
                db.Set<InboxMessage>().Add(handled);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception e)
        {
            EventBusTelemetry.Fail(span, e);
            throw;
        }
    }

    /// <summary>
    /// A batch's inbox rows in one statement: one INSERT per row would cost the database a statement each, as much as
    /// the effects themselves.
    /// </summary>
    private async Task InsertInboxAsync(TContext db, List<InboxMessage> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
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
                new NpgsqlParameter("consumer", Group),
                new NpgsqlParameter("topic", topic),
                new NpgsqlParameter("processed_at", time.GetUtcNow()),
                new NpgsqlParameter("event_ids", rows.Select(r => r.EventId).ToArray()),
                new NpgsqlParameter("types", rows.Select(r => r.Type).ToArray()),
            ],
            cancellationToken);
    }

    private async Task AcknowledgeAsync(List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        var unavailable = new Backoff(Settings.RetryInitialDelay, Settings.RetryMaxDelay);
        while (true)
        {
            try
            {
                await transport.AcknowledgeAsync(_address, deliveries, cancellationToken);
                return;
            }
            catch (Exception e) when (TransientFailures.IsInfrastructure(e) && !cancellationToken.IsCancellationRequested)
            {
                // The effects are committed; an unacknowledged delivery would only come back as a duplicate.
                logger.LogDebug(e, "Acknowledging {Count} deliveries on {Topic} failed; retrying", deliveries.Count, topic);
                if (!await unavailable.WaitAsync(cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
    }

    private async Task DeadLetterAsync(Delivery delivery, string error, int attempts, Exception? exception, CancellationToken cancellationToken)
    {
        var unavailable = new Backoff(Settings.RetryInitialDelay, Settings.RetryMaxDelay);
        while (true)
        {
            try
            {
                await transport.DeadLetterAsync(_address, delivery, error, attempts, cancellationToken);
                break;
            }
            catch (Exception e) when (TransientFailures.IsInfrastructure(e) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogDebug(e, "Dead-lettering delivery {DeliveryId} on {Topic} failed; retrying", delivery.DeliveryId, topic);
                if (!await unavailable.WaitAsync(cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        if (exception is null)
        {
            logger.LogWarning("Delivery {DeliveryId} on {Topic} moved to the dead-letter stream: {Error}", delivery.DeliveryId, topic, error);
        }

        Count(EventBusTelemetry.DeadLettered, [delivery]);
    }

    private TimeSpan RetryDelay(int attempt)
    {
        var delay = Settings.RetryInitialDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return delay < Settings.RetryMaxDelay ? delay : Settings.RetryMaxDelay;
    }

    private void Count(System.Diagnostics.Metrics.Counter<long> counter, IEnumerable<Delivery> deliveries)
    {
        foreach (var type in deliveries.GroupBy(d => d.Envelope?.Type ?? "unknown", StringComparer.Ordinal))
        {
            counter.Add(type.Count(),
                new KeyValuePair<string, object?>("topic", topic),
                new KeyValuePair<string, object?>("type", type.Key),
                new KeyValuePair<string, object?>("group", Group));
        }
    }

    private sealed record BatchFailure(Delivery? Delivery, Exception Exception, bool CountsAsAttempt);

    private static string Describe(Exception exception)
    {
        var text = exception.ToString();
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}
