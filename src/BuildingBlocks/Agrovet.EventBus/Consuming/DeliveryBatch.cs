using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.Logging;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// Handles a batch of deliveries of one topic. Entries that are not events, and deliveries that outlived their attempts
/// (their consumers kept dying), are dead-lettered; events without a handler are acknowledged. The rest are handled as
/// one unit through the inbox while nothing fails; after a failure, one at a time in stream order under the retry
/// policy, a delivery that fails <see cref="RetryPolicy.MaxAttempts"/> times being dead-lettered, so a failing one holds
/// back the ones after it only until then. A delivery is acknowledged only once it took effect (or had already).
/// </summary>
internal sealed class DeliveryBatch(
    TopicHandlers handlers, IInbox inbox, DeadLetters deadLetters, IEventTransport transport, RetryPolicy retry, ILogger logger)
{
    private ConsumerAddress Consumer => handlers.Consumer;

    public async Task ProcessAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var toHandle = new List<Delivery>(deliveries.Count);
        var ignored = new List<Delivery>();
        foreach (var delivery in deliveries)
        {
            if (delivery.Envelope is not { } envelope)
            {
                await deadLetters.MoveAsync(delivery, delivery.Malformed ?? "Malformed stream entry.", delivery.Attempt, cancellationToken);
            }
            else if (!handlers.Handles(envelope.Type))
            {
                logger.LogDebug("Ignoring event {EventId} of type {EventType} on {Topic}: no handler in group {Group}", envelope.Id, envelope.Type, Consumer.Topic, Consumer.Group);
                ignored.Add(delivery);
            }
            else if (delivery.Attempt > retry.MaxAttempts)
            {
                await deadLetters.MoveAsync(
                    delivery, $"Delivered {delivery.Attempt} times without being acknowledged: its consumers stopped while handling it.",
                    delivery.Attempt - 1, cancellationToken);
            }
            else
            {
                toHandle.Add(delivery);
            }
        }

        BatchFailure? failure = null;
        if (toHandle.Count > 1)
        {
            failure = await inbox.HandleBatchAsync(toHandle, cancellationToken);
            if (failure is null)
            {
                await AcknowledgeAsync([.. toHandle, .. ignored], cancellationToken);
                return;
            }

            if (failure is { CountsAsAttempt: true, Failed: { } failed })
            {
                FailedAttempt(failed, failure.Exception, failed.Attempt);
            }

            logger.LogDebug(failure.Exception, "A batch of {Count} deliveries on {Topic} failed; handling them one at a time", toHandle.Count, Consumer.Topic);
        }

        var completed = failure?.Completed ?? [];
        await AcknowledgeAsync([.. ignored, .. completed], cancellationToken);
        var done = new HashSet<Delivery>(completed, ReferenceEqualityComparer.Instance);
        foreach (var delivery in toHandle.Where(d => !done.Contains(d)))
        {
            // The delivery that broke the batch has used up its attempt already.
            var failedFirst = failure is { CountsAsAttempt: true } && ReferenceEquals(failure.Failed, delivery) ? failure.Exception : null;
            await HandleOneAsync(delivery, failedFirst, cancellationToken);
        }
    }

    private async Task HandleOneAsync(Delivery delivery, Exception? failedFirst, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope!;
        var given = await retry.AttemptAsync(
            delivery.Attempt,
            failedFirst,
            (attempt, token) => inbox.HandleAsync(delivery, attempt, token),
            (e, attempt) =>
            {
                if (!ReferenceEquals(e, failedFirst))
                {
                    FailedAttempt(delivery, e, attempt);
                }
            },
            // Not the handler's fault: wait for the database or Redis without using up attempts.
            (e, _) => logger.LogWarning(e, "Event {EventId} ({EventType}) on {Topic} cannot be handled now: the database or Redis is unavailable; retrying", envelope.Id, envelope.Type, Consumer.Topic),
            cancellationToken);
        if (given is null)
        {
            await AcknowledgeAsync([delivery], cancellationToken);
            return;
        }

        if (!ReferenceEquals(given.Exception, failedFirst))
        {
            EventBusTelemetry.Count(EventBusTelemetry.Failed, Consumer, [delivery]);
        }

        await deadLetters.MoveAsync(delivery, given, cancellationToken);
    }

    private void FailedAttempt(Delivery delivery, Exception exception, int attempt)
    {
        var envelope = delivery.Envelope!;
        EventBusTelemetry.Count(EventBusTelemetry.Failed, Consumer, [delivery]);
        logger.LogWarning(exception, "Handling event {EventId} ({EventType}) on {Topic} failed on attempt {Attempt} of {MaxAttempts}; retrying",
            envelope.Id, envelope.Type, Consumer.Topic, attempt, retry.MaxAttempts);
    }

    /// <summary>The effects are committed: an unacknowledged delivery would only come back as a duplicate, so outages are waited out.</summary>
    private async Task AcknowledgeAsync(List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        await retry.UntilAvailableAsync(
            token => transport.AcknowledgeAsync(Consumer, deliveries, token),
            (e, _) => logger.LogDebug(e, "Acknowledging {Count} deliveries on {Topic} failed; retrying", deliveries.Count, Consumer.Topic),
            cancellationToken);
    }
}
