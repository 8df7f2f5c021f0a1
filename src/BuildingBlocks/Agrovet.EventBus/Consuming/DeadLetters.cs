using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.Logging;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// Gives up on a delivery: copies it with the error to the topic's dead-letter stream and acknowledges it, so later
/// deliveries keep flowing. Waits out an outage of the transport rather than leave the delivery pending.
/// </summary>
internal sealed class DeadLetters(ConsumerAddress consumer, IEventTransport transport, RetryPolicy retry, ILogger logger)
{
    private const int MaxErrorLength = 8 * 1024;

    /// <summary>A delivery whose handlers failed <see cref="FailedAttempts.Attempts"/> times.</summary>
    public async Task MoveAsync(Delivery delivery, FailedAttempts failure, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope!;
        logger.LogError(failure.Exception, "Event {EventId} ({EventType}) on {Topic} failed {Attempts} times in group {Group}; moving it to the dead-letter stream",
            envelope.Id, envelope.Type, consumer.Topic, failure.Attempts, consumer.Group);
        await MoveCoreAsync(delivery, Describe(failure.Exception), failure.Attempts, cancellationToken);
    }

    /// <summary>A delivery that cannot be handled (<paramref name="error"/> says why) after <paramref name="attempts"/> attempts.</summary>
    public async Task MoveAsync(Delivery delivery, string error, int attempts, CancellationToken cancellationToken)
    {
        await MoveCoreAsync(delivery, error, attempts, cancellationToken);
        logger.LogWarning("Delivery {DeliveryId} on {Topic} moved to the dead-letter stream: {Error}", delivery.DeliveryId, consumer.Topic, error);
    }

    private async Task MoveCoreAsync(Delivery delivery, string error, int attempts, CancellationToken cancellationToken)
    {
        await retry.UntilAvailableAsync(
            token => transport.DeadLetterAsync(consumer, delivery, error, attempts, token),
            (e, _) => logger.LogDebug(e, "Dead-lettering delivery {DeliveryId} on {Topic} failed; retrying", delivery.DeliveryId, consumer.Topic),
            cancellationToken);
        EventBusTelemetry.Count(EventBusTelemetry.DeadLettered, consumer, [delivery]);
    }

    private static string Describe(Exception exception)
    {
        var text = exception.ToString();
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}
