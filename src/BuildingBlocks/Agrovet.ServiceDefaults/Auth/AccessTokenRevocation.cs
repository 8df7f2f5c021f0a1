using System.Globalization;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// A revocation as the denylist announces it on Redis pub/sub (<see cref="Channel"/>) the moment it is written: one
/// token (logout), or every token of a user issued up to a moment (deactivation, role change). Services holding
/// long-lived connections (chat's sockets) end the ones it covers at once instead of at their next check.
/// </summary>
public sealed record AccessTokenRevocation(string? TokenId, string? UserId, long IssuedUpToUnixMilliseconds)
{
    public const string Channel = "agrovet:denylist:revoked";

    public static AccessTokenRevocation OfToken(string tokenId) => new(tokenId, null, 0);

    public static AccessTokenRevocation OfUser(string userId, DateTimeOffset issuedUpTo) => new(null, userId, issuedUpTo.ToUnixTimeMilliseconds());

    /// <summary>Whether a token with these claims is one of those revoked (the denylist's own rule).</summary>
    public bool Covers(string tokenId, string userId, DateTimeOffset issuedAt) =>
        TokenId is not null
            ? string.Equals(TokenId, tokenId, StringComparison.Ordinal)
            : string.Equals(UserId, userId, StringComparison.Ordinal) && issuedAt.ToUnixTimeMilliseconds() <= IssuedUpToUnixMilliseconds;

    /// <summary>The message as published: <c>jti {id}</c> or <c>user {id} {unix ms}</c>.</summary>
    public string ToMessage() => TokenId is not null
        ? $"jti {TokenId}"
        : string.Create(CultureInfo.InvariantCulture, $"user {UserId} {IssuedUpToUnixMilliseconds}");

    public static AccessTokenRevocation? Parse(string? message)
    {
        var parts = (message ?? string.Empty).Split(' ');
        return parts switch
        {
            ["jti", { Length: > 0 } id] => OfToken(id),
            ["user", { Length: > 0 } user, var ms] when long.TryParse(ms, NumberStyles.Integer, CultureInfo.InvariantCulture, out var upTo) => new(null, user, upTo),
            _ => null,
        };
    }
}
