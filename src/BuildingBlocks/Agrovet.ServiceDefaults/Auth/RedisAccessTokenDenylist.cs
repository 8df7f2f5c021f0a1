using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// The denylist in Redis, checked with one MGET per authenticated request. When Redis is unreachable
/// the check fails open (tokens are short-lived) and says so in the log; writes propagate the error.
/// </summary>
public sealed class RedisAccessTokenDenylist(IConnectionMultiplexer redis, TimeProvider time, ILogger<RedisAccessTokenDenylist> logger)
    : IAccessTokenDenylist
{
    private const string TokenPrefix = "agrovet:denylist:jti:";
    private const string UserPrefix = "agrovet:denylist:user:";

    public async ValueTask<bool> IsRevokedAsync(string tokenId, string userId, DateTimeOffset issuedAt, CancellationToken cancellationToken = default)
    {
        try
        {
            var values = await redis.GetDatabase().StringGetAsync([TokenPrefix + tokenId, UserPrefix + userId]);
            if (!values[0].IsNull)
            {
                return true;
            }

            return !values[1].IsNull
                && long.TryParse(values[1].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var before)
                && issuedAt.ToUnixTimeMilliseconds() <= before;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Token denylist unavailable; accepting token {TokenId} on its signature alone", tokenId);
            return false;
        }
    }

    public async Task DenyTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var ttl = expiresAt - time.GetUtcNow();
        if (ttl <= TimeSpan.Zero)
        {
            return;
        }

        await redis.GetDatabase().StringSetAsync(TokenPrefix + tokenId, "1", ttl);
    }

    public async Task DenyUserTokensIssuedBeforeAsync(string userId, DateTimeOffset moment, TimeSpan keepFor, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().StringSetAsync(
            UserPrefix + userId,
            moment.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            keepFor);
}
