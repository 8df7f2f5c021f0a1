using Agrovet.ServiceDefaults.Redis;
using StackExchange.Redis;

namespace Agrovet.Marketplace.Caching;

/// <summary>
/// The cache's own Redis connection. Unlike the shared one it fails fast while Redis is away (no backlog waiting for
/// a reconnect), so a cache that cannot answer costs a read microseconds, not a timeout, and the database answers.
/// </summary>
public sealed class CacheRedisConnection(IConfiguration configuration) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(configuration));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            (await _connection.Value).Dispose();
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(IConfiguration configuration)
    {
        var options = ConfigurationOptions.Parse(RedisDefaults.ConnectionString(configuration));
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 1000;
        options.SyncTimeout = 1000;
        options.AsyncTimeout = 1000;
        options.ConnectRetry = 1;
        options.ClientName ??= $"{AppDomain.CurrentDomain.FriendlyName}-cache";
        return await ConnectionMultiplexer.ConnectAsync(options);
    }
}
