using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// Runs one <see cref="TopicConsumer"/> per topic that has handlers registered without a database (their inbox is in
/// Redis, see <see cref="RedisInbox"/>). Redis forgets the inbox keys by itself.
/// </summary>
internal sealed class RedisInboxEventConsumer(
    IEnumerable<EventHandlerRegistration> registrations,
    TopicConsumerFactory consumers,
    IServiceScopeFactory scopes,
    IConnectionMultiplexer redis,
    IOptions<EventBusOptions> options,
    ILogger<RedisInbox> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var mine = registrations.Where(r => r.ContextType is null).ToList();
        if (mine.Count == 0)
        {
            return;
        }

        var keys = new RedisStreamKeys(options.Value);
        var retention = options.Value.Consumer.InboxRetention;
        var topics = consumers.CreateAll(mine, (handlers, retry) => new RedisInbox(handlers, scopes, redis, keys, retention, retry, logger));
        try
        {
            await Task.WhenAll(topics.Select(t => t.RunAsync(stoppingToken)));
        }
        finally
        {
            topics.ForEach(t => t.Dispose());
        }
    }
}
