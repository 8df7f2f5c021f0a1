using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.Auth.PasswordReset;

/// <summary>
/// Counts requests for reset links per address asked for and per client address in Redis, each in a fixed window that
/// starts with the first request, with the sign-in throttle's window. Every request counts, known address or not, so
/// being refused tells nothing about accounts. When Redis is unreachable the throttle steps aside and says so in the log.
/// </summary>
public sealed class ResetRequestThrottle(IConnectionMultiplexer redis, IOptions<AuthOptions> options, ILogger<ResetRequestThrottle> logger)
{
    private const string EmailPrefix = "agrovet:auth:reset-requests:email:";
    private const string AddressPrefix = "agrovet:auth:reset-requests:address:";

    // One key per call: on a Redis Cluster the two counters may live on different nodes.
    private const string CountScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
        end
        return {count, redis.call('PTTL', KEYS[1])}
        """;

    /// <summary>Counts this request; answers how long to wait when it is one too many, or null when it may go on.</summary>
    public async Task<TimeSpan?> CountAsync(string normalizedEmail, string address)
    {
        var settings = options.Value;
        RedisValue[] window = [(long)settings.LoginThrottleWindow.TotalMilliseconds];
        try
        {
            var db = redis.GetDatabase();
            var byEmail = db.ScriptEvaluateAsync(CountScript, [EmailPrefix + normalizedEmail], window);
            var byAddress = db.ScriptEvaluateAsync(CountScript, [AddressPrefix + address], window);
            await Task.WhenAll(byEmail, byAddress);
            return Exceeded(byEmail.Result, settings.PasswordResetRequestsPerEmail, settings.LoginThrottleWindow)
                ?? Exceeded(byAddress.Result, settings.PasswordResetRequestsPerAddress, settings.LoginThrottleWindow);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Reset request throttle unavailable; letting a request through uncounted");
            return null;
        }
    }

    private static TimeSpan? Exceeded(RedisResult result, int limit, TimeSpan window)
    {
        var values = (RedisResult[])result!;
        var count = (long)values[0];
        var left = (long)values[1];
        return count <= limit ? null : left > 0 ? TimeSpan.FromMilliseconds(left) : window;
    }
}
