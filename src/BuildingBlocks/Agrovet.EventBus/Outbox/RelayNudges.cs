using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// A Redis pub/sub hint "new outbox rows in database X" from an instance that is standing by to the one publishing, so
/// commits made on any instance are published promptly. Only a hint: the publishing relay polls anyway.
/// </summary>
internal sealed class RelayNudges(IConnectionMultiplexer redis, IOptions<EventBusOptions> options, ILogger<RelayNudges> logger)
{
    private readonly RedisStreamKeys _keys = new(options.Value);

    public async Task NudgeAsync(string database)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel(database), 1, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Could not nudge the publishing relay of {Database}", database);
        }
    }

    public async Task<IAsyncDisposable> ListenAsync(string database, Action onNudge, CancellationToken cancellationToken)
    {
        var subscriber = redis.GetSubscriber();
        var channel = Channel(database);
        Action<RedisChannel, RedisValue> handler = (_, _) => onNudge();
        try
        {
            await subscriber.SubscribeAsync(channel, handler).WaitAsync(cancellationToken);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Not listening for relay nudges of {Database} (Redis unavailable); polling only", database);
            return new Unsubscribe(null, channel, handler);
        }

        return new Unsubscribe(subscriber, channel, handler);
    }

    private RedisChannel Channel(string database) => RedisChannel.Literal(_keys.RelayWakeChannel(database));

    private sealed class Unsubscribe(ISubscriber? subscriber, RedisChannel channel, Action<RedisChannel, RedisValue> handler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (subscriber is null)
            {
                return;
            }

            try
            {
                await subscriber.UnsubscribeAsync(channel, handler);
            }
            catch (RedisException)
            {
                // Gone with the connection.
            }
        }
    }
}
