using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>Redis not connected, or not answering in time.</summary>
internal sealed class RedisOutage : IDependencyOutage
{
    public bool IsOutage(Exception exception) => exception is RedisConnectionException or RedisTimeoutException;
}
