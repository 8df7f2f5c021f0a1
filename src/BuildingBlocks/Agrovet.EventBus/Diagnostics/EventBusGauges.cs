using System.Diagnostics.Metrics;

namespace Agrovet.EventBus.Diagnostics;

/// <summary>
/// The bus's state as gauges, from the latest sample <see cref="EventBusSampler"/> took: per topic and consumer group of
/// this service the events not yet delivered (lag), delivered but not acknowledged (pending) and dead-lettered; per
/// database the outbox rows not yet published and the age of the oldest. Every instance of a service reports the same
/// values for its group: aggregate with max, not sum.
/// </summary>
internal static class EventBusGauges
{
    private static volatile EventBusSample _latest = EventBusSample.Empty;

    static EventBusGauges()
    {
        var meter = EventBusTelemetry.Meter;
        meter.CreateObservableGauge(
            "agrovet.eventbus.consumer.lag", () => _latest.Groups.Select(g => Measure(g.Lag, g)), "{event}",
            "Events in the topic's stream not yet delivered to the consumer group.");
        meter.CreateObservableGauge(
            "agrovet.eventbus.consumer.pending", () => _latest.Groups.Select(g => Measure(g.Pending, g)), "{event}",
            "Events delivered to the consumer group and not yet acknowledged.");
        meter.CreateObservableGauge(
            "agrovet.eventbus.dead_letters", () => _latest.Groups.Select(g => Measure(g.DeadLetters, g)), "{event}",
            "Events of the topic the consumer group gave up on, kept in the dead-letter stream.");
        meter.CreateObservableGauge(
            "agrovet.eventbus.outbox.pending", () => _latest.Outboxes.Select(o => new Measurement<long>(o.Pending, Database(o))), "{event}",
            "Outbox rows committed and not yet published.");
        meter.CreateObservableGauge(
            "agrovet.eventbus.outbox.oldest_pending_age",
            () => _latest.Outboxes.Select(o => new Measurement<double>(o.OldestPendingAge?.TotalSeconds ?? 0, Database(o))), "s",
            "How long the oldest unpublished outbox row has waited (0 when none waits).");
    }

    public static EventBusSample Latest => _latest;

    /// <summary>Publishes a new sample (the gauges are created on first use of this class).</summary>
    public static void Publish(EventBusSample sample) => _latest = sample;

    private static Measurement<long> Measure(long value, GroupSample group) =>
        new(value, new KeyValuePair<string, object?>("topic", group.Topic), new KeyValuePair<string, object?>("group", group.Group));

    private static KeyValuePair<string, object?> Database(OutboxSample outbox) => new("database", outbox.Database);
}
