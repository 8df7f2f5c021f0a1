using System.Diagnostics;
using System.Diagnostics.Metrics;
using Agrovet.ServiceDefaults.Telemetry;

namespace Agrovet.EventBus.Diagnostics;

/// <summary>
/// The bus's spans and metrics. ServiceDefaults collects every "Agrovet.*" source and meter, so nothing else is registered.
/// </summary>
public static class EventBusTelemetry
{
    public const string Name = "Agrovet.EventBus";

    public static readonly ActivitySource ActivitySource = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Published =
        Meter.CreateCounter<long>("agrovet.eventbus.published", "{event}", "Events published to the transport by the outbox relay.");

    internal static readonly Counter<long> Consumed =
        Meter.CreateCounter<long>("agrovet.eventbus.consumed", "{event}", "Events whose handlers committed.");

    internal static readonly Counter<long> Duplicates =
        Meter.CreateCounter<long>("agrovet.eventbus.duplicates", "{event}", "Redeliveries found in the inbox (or the Redis inbox) and only acknowledged.");

    internal static readonly Counter<long> Failed =
        Meter.CreateCounter<long>("agrovet.eventbus.failed", "{attempt}", "Handling attempts that failed.");

    internal static readonly Counter<long> DeadLettered =
        Meter.CreateCounter<long>("agrovet.eventbus.dead_lettered", "{event}", "Events moved to a dead-letter stream.");

    internal static readonly Histogram<double> RelayLag =
        Meter.CreateHistogram("agrovet.eventbus.relay.lag", "s", "Time from raising an event to publishing it.", advice: HistogramAdvice.Seconds);

    /// <summary>
    /// Starts the failure and dead-letter counters of this service's groups at zero, so that an alert on their increase
    /// sees the first one (Prometheus cannot tell an increase of a series that appears with it).
    /// </summary>
    internal static void StartCounting(IEnumerable<string> topics, string group)
    {
        foreach (var topic in topics)
        {
            var tags = new[] { new KeyValuePair<string, object?>("topic", topic), new KeyValuePair<string, object?>("group", group) };
            Failed.Add(0, tags);
            DeadLettered.Add(0, tags);
        }
    }

    /// <summary>Adds the deliveries to <paramref name="counter"/>, tagged with their topic, event type and consumer group.</summary>
    internal static void Count(Counter<long> counter, Transport.ConsumerAddress consumer, IEnumerable<Transport.Delivery> deliveries)
    {
        foreach (var type in deliveries.GroupBy(d => d.Envelope?.Type ?? "unknown", StringComparer.Ordinal))
        {
            counter.Add(type.Count(),
                new KeyValuePair<string, object?>("topic", consumer.Topic),
                new KeyValuePair<string, object?>("type", type.Key),
                new KeyValuePair<string, object?>("group", consumer.Group));
        }
    }

    internal static void CountDuplicates(string topic, int count)
    {
        if (count > 0)
        {
            Duplicates.Add(count, new KeyValuePair<string, object?>("topic", topic));
        }
    }

    internal static Activity? StartPublish(string topic, string type, Guid eventId, string? parentTraceparent) =>
        Start($"{topic} publish", ActivityKind.Producer, topic, type, eventId, parentTraceparent);

    internal static Activity? StartProcess(string topic, string type, Guid eventId, string consumerGroup, string? traceparent)
    {
        var activity = Start($"{topic} process", ActivityKind.Consumer, topic, type, eventId, traceparent);
        activity?.SetTag("messaging.consumer.group.name", consumerGroup);
        return activity;
    }

    internal static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.AddException(exception);
    }

    private static Activity? Start(string name, ActivityKind kind, string topic, string type, Guid eventId, string? traceparent)
    {
        ActivityContext.TryParse(traceparent, null, out var parent);
        var activity = ActivitySource.StartActivity(name, kind, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("messaging.system", "redis");
            activity.SetTag("messaging.destination.name", topic);
            activity.SetTag("messaging.message.id", eventId.ToString());
            activity.SetTag("cloudevents.event_type", type);
        }

        return activity;
    }
}
