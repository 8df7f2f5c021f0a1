using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// The denylist in Redis, checked with two pipelined GETs per authenticated request. When Redis is unreachable
/// the check fails open (tokens are short-lived) and says so in the log; writes propagate the error. Each write is
/// then announced on <see cref="AccessTokenRevocation.Channel"/>, so open connections end at once (an announcement
/// that fails is logged: the denylist holds, and the listeners' periodic checks still find it).
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
            // Two GETs sent together rather than one MGET: on a Redis Cluster the two keys may live on different nodes.
            var database = redis.GetDatabase();
            var token = database.StringGetAsync(TokenPrefix + tokenId);
            var user = database.StringGetAsync(UserPrefix + userId);
            await Task.WhenAll(token, user);
            if (!token.Result.IsNull)
            {
                return true;
            }

            return !user.Result.IsNull
                && long.TryParse(user.Result.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var before)
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
        await AnnounceAsync(AccessTokenRevocation.OfToken(tokenId));
    }

    public async Task DenyUserTokensIssuedBeforeAsync(string userId, DateTimeOffset moment, TimeSpan keepFor, CancellationToken cancellationToken = default)
    {
        await redis.GetDatabase().StringSetAsync(
            UserPrefix + userId,
            moment.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            keepFor);
        await AnnounceAsync(AccessTokenRevocation.OfUser(userId, moment));
    }

    private async Task AnnounceAsync(AccessTokenRevocation revocation)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(AccessTokenRevocation.Channel), revocation.ToMessage());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not announce a revocation; open connections notice it at their next check");
        }
    }
}
