using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// Runs one <see cref="TopicConsumer{TContext}"/> per topic that has handlers on <typeparamref name="TContext"/>, and
/// trims the inbox now and then.
/// </summary>
internal sealed class EventConsumer<TContext>(
    IEnumerable<EventHandlerRegistration> registrations,
    IServiceScopeFactory scopes,
    IEventTransport transport,
    IOptions<EventBusOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var mine = registrations.Where(r => r.ContextType == typeof(TContext)).ToList();
        if (mine.Count == 0)
        {
            return;
        }

        var logger = loggers.CreateLogger<TopicConsumer<TContext>>();
        var loops = mine.GroupBy(r => r.Topic, StringComparer.Ordinal)
            .Select(topic => new TopicConsumer<TContext>(topic.Key, [.. topic], scopes, transport, options.Value, time, logger).RunAsync(stoppingToken))
            .Append(TrimInboxAsync(stoppingToken))
            .ToList();
        await Task.WhenAll(loops);
    }

    private async Task TrimInboxAsync(CancellationToken stoppingToken)
    {
        var consumer = options.Value.Consumer;
        var logger = loggers.CreateLogger<EventConsumer<TContext>>();
        using var timer = new PeriodicTimer(consumer.CleanupInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<TContext>();
                    var cutoff = time.GetUtcNow() - consumer.InboxRetention;
                    var deleted = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                    if (deleted > 0)
                    {
                        logger.LogDebug("Deleted {Count} inbox rows processed before {Cutoff}", deleted, cutoff);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Trimming the inbox failed; trying again later");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
