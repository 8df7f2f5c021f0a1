using Agrovet.EventBus.Consuming;
using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Redis;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Agrovet.EventBus.Inbox;

/// <summary>
/// The inbox of a service without a database: once a delivery's handlers have succeeded, a key per consumer group and
/// event (<see cref="RedisStreamKeys.Handled"/>) is set in Redis, with a time to live of the inbox retention; a
/// redelivery that finds it is only acknowledged. There is no transaction around the effect and the key: a failed
/// handling leaves no key and is retried, but a process that dies after the effect and before the key repeats the
/// effect on redelivery, so such handlers must be idempotent themselves.
/// </summary>
internal sealed class RedisInbox(
    TopicHandlers handlers,
    IServiceScopeFactory scopes,
    IConnectionMultiplexer redis,
    RedisStreamKeys keys,
    TimeSpan retention,
    RetryPolicy retry,
    ILogger logger) : IInbox
{
    private ConsumerAddress Consumer => handlers.Consumer;

    private IDatabase Database => redis.GetDatabase();

    /// <summary>One round trip finds the deliveries handled already; each other one is recorded as soon as it took effect.</summary>
    public async Task<BatchFailure?> HandleBatchAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken)
    {
        var completed = new List<Delivery>(batch.Count);
        var effects = new List<Delivery>(batch.Count);
        Delivery? current = null;
        try
        {
            var handled = await Task.WhenAll(batch.Select(d => Database.KeyExistsAsync(Key(d)))).WaitAsync(cancellationToken);
            var seen = new HashSet<Guid>();
            for (var i = 0; i < batch.Count; i++)
            {
                var delivery = batch[i];
                if (handled[i] || !seen.Add(delivery.Envelope!.Id))
                {
                    completed.Add(delivery);
                    continue;
                }

                current = delivery;
                await InvokeAndRecordAsync(delivery, delivery.Attempt, cancellationToken);
                effects.Add(delivery);
                completed.Add(delivery);
                current = null;
            }

            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return new BatchFailure(completed, current, e, current is not null && !TransientFailures.IsInfrastructure(e));
        }
        finally
        {
            EventBusTelemetry.Count(EventBusTelemetry.Consumed, Consumer, effects);
            EventBusTelemetry.CountDuplicates(Consumer.Topic, completed.Count - effects.Count);
        }
    }

    public async Task HandleAsync(Delivery delivery, int attempt, CancellationToken cancellationToken)
    {
        if (await Database.KeyExistsAsync(Key(delivery)).WaitAsync(cancellationToken))
        {
            logger.LogDebug("Event {EventId} on {Topic} was already handled by group {Group}; acknowledging the redelivery", delivery.Envelope!.Id, Consumer.Topic, Consumer.Group);
            EventBusTelemetry.CountDuplicates(Consumer.Topic, 1);
            return;
        }

        await InvokeAndRecordAsync(delivery, attempt, cancellationToken);
        EventBusTelemetry.Count(EventBusTelemetry.Consumed, Consumer, [delivery]);
    }

    private async Task InvokeAndRecordAsync(Delivery delivery, int attempt, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await handlers.InvokeAsync(scope.ServiceProvider, delivery, attempt, andThen: null, cancellationToken);
        }

        // The effect has happened: wait for Redis to record it rather than run the handlers again.
        await retry.UntilAvailableAsync(
            async token => await Database.StringSetAsync(Key(delivery), delivery.Envelope!.Type, retention, When.NotExists).WaitAsync(token),
            (e, _) => logger.LogWarning(e, "Recording event {EventId} on {Topic} as handled failed; retrying", delivery.Envelope!.Id, Consumer.Topic),
            cancellationToken);
    }

    private RedisKey Key(Delivery delivery) => keys.Handled(Consumer.Group, delivery.Envelope!.Id);
}
