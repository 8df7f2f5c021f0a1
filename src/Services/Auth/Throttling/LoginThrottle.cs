using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.Auth.Throttling;

/// <summary>
/// Counts failed logins per account and per client address in Redis, each in a fixed window that starts with
/// the first failure. When Redis is unreachable the throttle steps aside (logins keep working) and says so in the log.
/// </summary>
public sealed class LoginThrottle(IConnectionMultiplexer redis, IOptions<AuthOptions> options, ILogger<LoginThrottle> logger)
{
    private const string AccountPrefix = "agrovet:auth:login-failures:account:";
    private const string AddressPrefix = "agrovet:auth:login-failures:address:";

    // One key per call: on a Redis Cluster the account's and the address's counters may live on different nodes.
    private const string CountFailureScript = """
        if redis.call('INCR', KEYS[1]) == 1 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
        end
        return 0
        """;

    /// <summary>How long the caller must wait before trying again, or null when they may try now.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(LoginAttempt attempt)
    {
        var settings = options.Value;
        RedisKey account = AccountPrefix + attempt.Account;
        RedisKey address = AddressPrefix + attempt.Address;
        try
        {
            var db = redis.GetDatabase();
            var accountCount = db.StringGetAsync(account);
            var addressCount = db.StringGetAsync(address);
            await Task.WhenAll(accountCount, addressCount);
            RedisKey? blockedKey = (long)accountCount.Result >= settings.LoginFailuresPerAccount ? account
                : (long)addressCount.Result >= settings.LoginFailuresPerAddress ? address
                : (RedisKey?)null;
            if (blockedKey is null)
            {
                return null;
            }

            return await db.KeyTimeToLiveAsync(blockedKey.Value) is { } left && left > TimeSpan.Zero ? left : settings.LoginThrottleWindow;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Login throttle unavailable; letting the login for {Account} through unchecked", attempt.Account);
            return null;
        }
    }

    public async Task RecordFailureAsync(LoginAttempt attempt)
    {
        try
        {
            var db = redis.GetDatabase();
            RedisValue[] window = [(long)options.Value.LoginThrottleWindow.TotalMilliseconds];
            await Task.WhenAll(
                db.ScriptEvaluateAsync(CountFailureScript, [AccountPrefix + attempt.Account], window),
                db.ScriptEvaluateAsync(CountFailureScript, [AddressPrefix + attempt.Address], window));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Login throttle unavailable; a failed login for {Account} was not counted", attempt.Account);
        }
    }

    /// <summary>A successful login clears the account's failures (the address keeps its count).</summary>
    public void RecordSuccess(LoginAttempt attempt)
    {
        try
        {
            redis.GetDatabase().KeyDelete(AccountPrefix + attempt.Account, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Login throttle unavailable; the failures of {Account} were not cleared", attempt.Account);
        }
    }
}
