using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Consuming;

/// <summary>The handlers of one topic in one consumer group, by event type; runs them for a delivery inside its consume span.</summary>
internal sealed class TopicHandlers(ConsumerAddress consumer, IEnumerable<EventHandlerRegistration> registrations)
{
    private readonly Dictionary<string, EventHandlerRegistration[]> _byType = registrations
        .GroupBy(r => r.EventType, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public ConsumerAddress Consumer => consumer;

    public bool Handles(string eventType) => _byType.ContainsKey(eventType);

    /// <summary>
    /// Runs the handlers of the delivery's event as attempt <paramref name="attempt"/>, then <paramref name="andThen"/>
    /// (saving what they did) in the same span, so a failure of either marks the span failed.
    /// </summary>
    public async Task InvokeAsync(
        IServiceProvider services, Delivery delivery, int attempt, Func<CancellationToken, Task>? andThen, CancellationToken cancellationToken)
    {
        var envelope = delivery.Envelope ?? throw new InvalidOperationException($"Delivery {delivery.DeliveryId} holds no event.");
        using var span = EventBusTelemetry.StartProcess(consumer.Topic, envelope.Type, envelope.Id, consumer.Group, envelope.Traceparent);
        try
        {
            var context = new EventContext(envelope, consumer.Topic, consumer.Group, attempt);
            foreach (var registration in _byType[envelope.Type])
            {
                await registration.Invoke(services, context, cancellationToken);
            }

            if (andThen is not null)
            {
                await andThen(cancellationToken);
            }
        }
        catch (Exception e)
        {
            EventBusTelemetry.Fail(span, e);
            throw;
        }
    }
}
