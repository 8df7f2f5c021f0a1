using Agrovet.EventBus.Consuming;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Outbox;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agrovet.EventBus.Diagnostics;

/// <summary>
/// Every <see cref="EventBusOptions.MetricsSampleInterval"/>, reads the state of this service's consumer groups from the
/// transport and the backlog of its outboxes, for <see cref="EventBusGauges"/>. A failed read keeps the last values
/// (and the log says why): a gauge that stops moving while Redis or the database is away is what an alert expects.
/// </summary>
internal sealed class EventBusSampler(
    IEventTransport transport,
    IEnumerable<EventHandlerRegistration> registrations,
    IEnumerable<IOutboxBacklog> outboxes,
    IOptions<EventBusOptions> options,
    TimeProvider time,
    ILogger<EventBusSampler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.MetricsSampleInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var group = options.Value.ConsumerGroup!;
        var topics = registrations.Select(r => r.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var backlogs = outboxes.ToList();
        EventBusTelemetry.StartCounting(topics, group);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var previous = EventBusGauges.Latest;
                EventBusGauges.Publish(new EventBusSample(
                    await SampleGroupsAsync(topics, group, previous, stoppingToken),
                    await SampleOutboxesAsync(backlogs, previous, stoppingToken)));
                await Task.Delay(interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<IReadOnlyList<GroupSample>> SampleGroupsAsync(
        List<string> topics, string group, EventBusSample previous, CancellationToken cancellationToken)
    {
        var samples = new List<GroupSample>(topics.Count);
        foreach (var topic in topics)
        {
            try
            {
                var stats = await transport.GetStatsAsync(topic, cancellationToken);
                var mine = stats.Groups.FirstOrDefault(g => g.Name == group);
                samples.Add(new GroupSample(topic, group, mine?.Lag ?? 0, mine?.Pending ?? 0, mine?.DeadLetters ?? 0));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Could not read the state of group {Group} on {Topic}; keeping the last sample", group, topic);
                if (previous.Groups.FirstOrDefault(g => g.Topic == topic) is { } last)
                {
                    samples.Add(last);
                }
            }
        }

        return samples;
    }

    private async Task<IReadOnlyList<OutboxSample>> SampleOutboxesAsync(
        List<IOutboxBacklog> backlogs, EventBusSample previous, CancellationToken cancellationToken)
    {
        var samples = new List<OutboxSample>(backlogs.Count);
        for (var i = 0; i < backlogs.Count; i++)
        {
            try
            {
                samples.Add(await backlogs[i].MeasureAsync(cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Could not measure the {Outbox}; keeping the last sample", backlogs[i]);
                if (i < previous.Outboxes.Count)
                {
                    samples.Add(previous.Outboxes[i]);
                }
            }
        }

        return samples;
    }
}
