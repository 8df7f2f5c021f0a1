using System.Globalization;
using Agrovet.Auth.Data;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.Auth.Tokens;

/// <summary>Ends sessions: refresh tokens in the database, access tokens through the platform's denylist.</summary>
public sealed class SessionRevocation(
    AuthDbContext db,
    IAccessTokenDenylist denylist,
    IOptions<AuthOptions> options,
    IOptionsMonitor<JwtBearerOptions> bearer,
    TimeProvider time,
    ILogger<SessionRevocation> logger)
{
    public Task<int> RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    public Task<int> RevokeRefreshTokensOfUserAsync(long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.RefreshTokens
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    /// <summary>Refuses, on every service, each access token the user was issued until now.</summary>
    public async Task DenyAccessTokensOfUserAsync(long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keepFor = options.Value.AccessTokenLifetime + bearer.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.ClockSkew;
        try
        {
            await denylist.DenyUserTokensIssuedBeforeAsync(userId.ToString(CultureInfo.InvariantCulture), now, keepFor, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "Could not denylist the access tokens of user {UserId}; other services accept them until they expire", userId);
        }

    }

    public async Task DenyAccessTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        try
        {
            await denylist.DenyTokenAsync(tokenId, expiresAt, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "Could not denylist access token {TokenId}; it stays valid until {ExpiresAt}", tokenId, expiresAt);
        }
    }
}
