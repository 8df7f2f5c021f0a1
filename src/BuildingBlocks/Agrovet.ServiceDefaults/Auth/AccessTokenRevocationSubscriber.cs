using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// Keeps <see cref="AccessTokenRevocations"/> current: subscribes to the announcements, then loads every denylist key
/// from Redis (each master of a cluster) with its time to live. A lost connection makes the copy incomplete until it
/// is back and loaded again (announcements sent meanwhile were missed); a load every <see cref="ReloadInterval"/>
/// also covers a connection that died without saying so.
/// </summary>
internal sealed partial class AccessTokenRevocationSubscriber(
    IConnectionMultiplexer redis, AccessTokenRevocations revocations, TimeProvider time, ILogger<AccessTokenRevocationSubscriber> logger) : BackgroundService
{
    public static readonly TimeSpan ReloadInterval = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);

    private readonly RedisChannel _channel = AccessTokenRevocation.ChannelOf(redis);
    private readonly SemaphoreSlim _reload = new(0);
    private bool _subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionFailed += OnConnectionFailed;
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            var retry = TimeSpan.Zero;
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = ReloadInterval;
                try
                {
                    await SubscribeAsync();
                    await LoadAsync(stoppingToken);
                    retry = TimeSpan.Zero;
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    revocations.MarkIncomplete();
                    if (retry == TimeSpan.Zero)
                    {
                        LogLoadFailed(logger, e);
                    }

                    // 1 s, doubling, up to the reload interval: a Redis that is down is not asked every second.
                    retry = retry == TimeSpan.Zero ? FirstRetry : TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, ReloadInterval.Ticks));
                    wait = retry;
                }

                await _reload.WaitAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            redis.ConnectionFailed -= OnConnectionFailed;
            redis.ConnectionRestored -= OnConnectionRestored;
        }
    }

    public override void Dispose()
    {
        _reload.Dispose();
        base.Dispose();
    }

    private async Task SubscribeAsync()
    {
        if (_subscribed)
        {
            return;
        }

        // The multiplexer subscribes again by itself after a reconnect.
        await redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => revocations.ApplyAnnounced(AccessTokenRevocation.Parse(message)));
        _subscribed = true;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var load = revocations.BeginLoad();
        var masters = redis.GetServers().Where(s => !s.IsReplica).ToList();
        if (masters.Count == 0 || masters.Any(s => !s.IsConnected))
        {
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Not every Redis master is connected.");
        }

        // A load while the subscription is still down would leave the copy complete yet deaf; its return loads again.
        if (!redis.GetSubscriber().IsConnected(_channel))
        {
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "The revocations' subscription is not connected.");
        }

        var keys = new List<RedisKey>();
        foreach (var server in masters)
        {
            await foreach (var key in server.KeysAsync(pattern: RedisAccessTokenDenylist.KeyPrefix + "*", pageSize: 1000).WithCancellation(cancellationToken))
            {
                keys.Add(key);
            }
        }

        var database = redis.GetDatabase();
        var entries = await Task.WhenAll(keys.Select(async key => (Key: key, Entry: await database.StringGetWithExpiryAsync(key))));
        var now = time.GetUtcNow();
        foreach (var (key, entry) in entries)
        {
            var keptUntil = entry.Expiry is { } ttl ? now + ttl : (DateTimeOffset?)null;
            if (!entry.Value.IsNull && RedisAccessTokenDenylist.RevocationOf(key.ToString(), entry.Value.ToString(), keptUntil) is { } revocation)
            {
                revocations.Apply(revocation);
            }
        }

        revocations.Prune();
        revocations.CompleteLoad(load);
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => revocations.MarkIncomplete();

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => _reload.Release();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token denylist could not be loaded from Redis; requests ask Redis until it is, and the load is retried")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
