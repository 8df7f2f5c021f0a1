using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// Runs one <see cref="TopicConsumer"/> per topic that has handlers on <typeparamref name="TContext"/> (their inbox is
/// its inbox table, see <see cref="DbContextInbox{TContext}"/>), and trims the inbox now and then.
/// </summary>
internal sealed class EventConsumer<TContext>(
    IEnumerable<EventHandlerRegistration> registrations,
    TopicConsumerFactory consumers,
    IServiceScopeFactory scopes,
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

        var logger = loggers.CreateLogger<DbContextInbox<TContext>>();
        var topics = consumers.CreateAll(mine, (handlers, _) => new DbContextInbox<TContext>(handlers, scopes, time, logger));
        try
        {
            await Task.WhenAll(topics.Select(t => t.RunAsync(stoppingToken)).Append(TrimInboxAsync(stoppingToken)));
        }
        finally
        {
            topics.ForEach(t => t.Dispose());
        }
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
