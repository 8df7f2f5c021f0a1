using System.Globalization;
using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// A revocation as the denylist announces it on Redis pub/sub (<see cref="ChannelOf"/>) the moment it is written: one
/// token (logout), or every token of a user issued up to a moment (deactivation, role change), each kept until
/// <see cref="KeptUntilUnixMilliseconds"/> (0 when an older sender did not say). Every service keeps the denylist in
/// memory from these (<see cref="AccessTokenRevocations"/>); services holding long-lived connections (chat's sockets)
/// also end the ones it covers at once.
/// </summary>
public sealed record AccessTokenRevocation(string? TokenId, string? UserId, long IssuedUpToUnixMilliseconds, long KeptUntilUnixMilliseconds = 0)
{
    public const string Channel = "agrovet:denylist:revoked";

    /// <summary>
    /// The channel of the denylist kept in <paramref name="redis"/>'s default database. Pub/sub ignores the database, so
    /// platforms (or test hosts) sharing a Redis server on different databases would otherwise apply each other's
    /// revocations to their own user ids; database 0 keeps the plain name.
    /// </summary>
    public static RedisChannel ChannelOf(IConnectionMultiplexer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        var database = redis.GetDatabase().Database;
        return RedisChannel.Literal(database <= 0 ? Channel : string.Create(CultureInfo.InvariantCulture, $"{Channel}:{database}"));
    }

    public static AccessTokenRevocation OfToken(string tokenId, DateTimeOffset keptUntil) =>
        new(tokenId, null, 0, keptUntil.ToUnixTimeMilliseconds());

    public static AccessTokenRevocation OfUser(string userId, DateTimeOffset issuedUpTo, DateTimeOffset keptUntil) =>
        new(null, userId, issuedUpTo.ToUnixTimeMilliseconds(), keptUntil.ToUnixTimeMilliseconds());

    /// <summary>Whether a token with these claims is one of those revoked (the denylist's own rule).</summary>
    public bool Covers(string tokenId, string userId, DateTimeOffset issuedAt) =>
        TokenId is not null
            ? string.Equals(TokenId, tokenId, StringComparison.Ordinal)
            : string.Equals(UserId, userId, StringComparison.Ordinal) && issuedAt.ToUnixTimeMilliseconds() <= IssuedUpToUnixMilliseconds;

    /// <summary>The message as published: <c>jti {id} {kept until, unix ms}</c> or <c>user {id} {issued up to} {kept until}</c>.</summary>
    public string ToMessage() => TokenId is not null
        ? string.Create(CultureInfo.InvariantCulture, $"jti {TokenId} {KeptUntilUnixMilliseconds}")
        : string.Create(CultureInfo.InvariantCulture, $"user {UserId} {IssuedUpToUnixMilliseconds} {KeptUntilUnixMilliseconds}");

    /// <summary>Reads a message, with or without its last field (kept until), which older senders left out.</summary>
    public static AccessTokenRevocation? Parse(string? message)
    {
        var parts = (message ?? string.Empty).Split(' ');
        return parts switch
        {
            ["jti", { Length: > 0 } id] => new(id, null, 0),
            ["jti", { Length: > 0 } id, var until] when Number(until) is { } kept => new(id, null, 0, kept),
            ["user", { Length: > 0 } user, var upTo] when Number(upTo) is { } issued => new(null, user, issued),
            ["user", { Length: > 0 } user, var upTo, var until] when (Number(upTo), Number(until)) is ({ } issued, { } kept) =>
                new(null, user, issued, kept),
            _ => null,
        };
    }

    private static long? Number(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
