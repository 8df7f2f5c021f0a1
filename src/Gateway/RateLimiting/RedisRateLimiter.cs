using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.Gateway.RateLimiting;

/// <summary>
/// A fixed-window counter in Redis, so every gateway replica draws on the same budget: one Lua script per request
/// increments the client's counter and starts its window. When Redis is unreachable it lets requests through.
/// </summary>
public sealed class RedisRateLimiter(
    IConnectionMultiplexer redis,
    IOptions<RateLimitingOptions> options,
    TimeProvider time,
    ILogger<RedisRateLimiter> logger)
{
    // Returns {count, milliseconds left in the window}. The PTTL check also repairs a key that lost its expiry.
    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = -1
        if count > 1 then
          ttl = redis.call('PTTL', KEYS[1])
        end
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return { count, ttl }
        """;

    private static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(30);

    private readonly string _keyPrefix = options.Value.KeyPrefix.TrimEnd(':') + ":";
    private long _lastWarningTimestamp = long.MinValue;

    public async ValueTask<RateLimitDecision> AcquireAsync(RateLimitPolicy policy, string client)
    {
        if (!redis.IsConnected)
        {
            WarnUnavailable(null);
            return RateLimitDecision.Allow;
        }

        try
        {
            var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
                Script,
                [(RedisKey)(_keyPrefix + policy.Name + ":" + client)],
                [(long)policy.Window.TotalMilliseconds]))!;
            var count = (long)result[0];
            var millisecondsLeft = (long)result[1];
            return count <= policy.PermitLimit
                ? RateLimitDecision.Allow
                : RateLimitDecision.Reject(TimeSpan.FromMilliseconds(Math.Max(millisecondsLeft, 0)));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            WarnUnavailable(e);
            return RateLimitDecision.Allow;
        }
    }

    private void WarnUnavailable(Exception? exception)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarningTimestamp);
        if (last != long.MinValue && time.GetElapsedTime(last, now) < WarningInterval)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _lastWarningTimestamp, now, last) == last)
        {
            logger.LogWarning(exception, "Redis is unreachable; rate limits are not enforced until it answers");
        }
    }
}
