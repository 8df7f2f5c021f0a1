using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// The denylist in Redis, answered from this process's copy (<see cref="AccessTokenRevocations"/>) once it is complete,
/// so an authenticated request costs no round trip; until then with two pipelined GETs. When Redis is unreachable and
/// the copy incomplete, the check answers from what the copy knows and otherwise fails open (tokens are short-lived),
/// and says so in the log; writes propagate the error. Each write enters this process's copy at once and is then
/// announced on <see cref="AccessTokenRevocation.ChannelOf"/> (its Redis database's channel), so the other processes' copies learn it within
/// milliseconds and open connections end (an announcement that fails is logged: the key holds, and the other copies
/// find it at their next load).
/// </summary>
public sealed class RedisAccessTokenDenylist(
    IConnectionMultiplexer redis, AccessTokenRevocations revocations, TimeProvider time, ILogger<RedisAccessTokenDenylist> logger)
    : IAccessTokenDenylist
{
    internal const string KeyPrefix = "agrovet:denylist:";
    private const string TokenPrefix = KeyPrefix + "jti:";
    private const string UserPrefix = KeyPrefix + "user:";

    private readonly RedisChannel _announcements = AccessTokenRevocation.ChannelOf(redis);

    public ValueTask<bool> IsRevokedAsync(string tokenId, string userId, DateTimeOffset issuedAt, CancellationToken cancellationToken = default) =>
        revocations.IsComplete
            ? ValueTask.FromResult(revocations.Covers(tokenId, userId, issuedAt))
            : AskRedisAsync(tokenId, userId, issuedAt);

    public async Task DenyTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var ttl = expiresAt - time.GetUtcNow();
        if (ttl <= TimeSpan.Zero)
        {
            return;
        }

        await redis.GetDatabase().StringSetAsync(TokenPrefix + tokenId, "1", ttl);
        await AnnounceAsync(AccessTokenRevocation.OfToken(tokenId, expiresAt));
    }

    public async Task DenyUserTokensIssuedBeforeAsync(string userId, DateTimeOffset moment, TimeSpan keepFor, CancellationToken cancellationToken = default)
    {
        await redis.GetDatabase().StringSetAsync(
            UserPrefix + userId,
            moment.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            keepFor);
        await AnnounceAsync(AccessTokenRevocation.OfUser(userId, moment, time.GetUtcNow() + keepFor));
    }

    /// <summary>The revocation a denylist key holds (<paramref name="keptUntil"/>: when Redis lets it expire).</summary>
    internal static AccessTokenRevocation? RevocationOf(string key, string value, DateTimeOffset? keptUntil)
    {
        var kept = keptUntil?.ToUnixTimeMilliseconds() ?? 0;
        if (key.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return new AccessTokenRevocation(key[TokenPrefix.Length..], null, 0, kept);
        }

        return key.StartsWith(UserPrefix, StringComparison.Ordinal)
            && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var before)
            ? new AccessTokenRevocation(null, key[UserPrefix.Length..], before, kept)
            : null;
    }

    private async ValueTask<bool> AskRedisAsync(string tokenId, string userId, DateTimeOffset issuedAt)
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
            var known = revocations.Covers(tokenId, userId, issuedAt);
            logger.LogWarning(e, "Token denylist unavailable; answering for token {TokenId} from this process's copy ({Revoked})", tokenId, known ? "revoked" : "not revoked");
            return known;
        }
    }

    /// <summary>This process knows at once; the others when the announcement reaches them.</summary>
    private async Task AnnounceAsync(AccessTokenRevocation revocation)
    {
        revocations.Apply(revocation);
        try
        {
            await redis.GetSubscriber().PublishAsync(_announcements, revocation.ToMessage());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not announce a revocation; other processes learn it at their next load of the denylist");
        }
    }
}
