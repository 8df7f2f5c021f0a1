using System.Net;
using Agrovet.Auth.Data;
using Agrovet.Auth.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Auth.Tokens;

/// <summary>Starts sessions (a new refresh token family) and rotates their refresh tokens.</summary>
public sealed class SessionTokens(
    AuthDbContext db,
    AccessTokenFactory accessTokens,
    SessionRevocation revocation,
    IOptions<AuthOptions> options,
    TimeProvider time,
    ILogger<SessionTokens> logger)
{
    /// <summary>Issues a pair for a user tracked by the context; pending changes to the user (last login) are saved with the refresh token.</summary>
    public async Task<TokenPairResponse> StartAsync(User user, IPAddress? clientAddress, CancellationToken cancellationToken)
    {
        var refresh = Add(user.Id, Guid.CreateVersion7(), clientAddress, out _);
        await db.SaveChangesAsync(cancellationToken);
        return await PairAsync(UserResponse.From(user), refresh, cancellationToken);
    }

    /// <summary>
    /// Swaps a refresh token for a new pair in the same family. A refresh token works once: presenting it again,
    /// even concurrently with its first use, is treated as a leak and revokes the whole family. The conditional
    /// update lets exactly one of several concurrent swaps through.
    /// </summary>
    public async Task<RefreshOutcome> RotateAsync(string presented, IPAddress? clientAddress, CancellationToken cancellationToken)
    {
        if (!OpaqueTokenValue.TryHash(presented, out var hash))
        {
            return new RefreshOutcome.Refused(Messages.RefreshNotValid);
        }

        var found = await db.RefreshTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Join(db.Users.AsNoTracking(), t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new RefreshOutcome.Refused(Messages.RefreshNotValid);
        }

        var (token, user) = (found.Token, found.User);
        var now = time.GetUtcNow().UtcDateTime;
        if (token.RevokedAt is not null)
        {
            return new RefreshOutcome.Refused(Messages.RefreshRevoked);
        }

        if (token.UsedAt is not null)
        {
            return await RefuseReuseAsync(token, cancellationToken);
        }

        if (token.ExpiresAt <= now)
        {
            return new RefreshOutcome.Refused(Messages.RefreshExpired);
        }

        if (!user.IsActive)
        {
            return new RefreshOutcome.Refused(Messages.AccountDeactivated);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var refresh = Add(user.Id, token.FamilyId, clientAddress, out var successorId);
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == token.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now).SetProperty(t => t.ReplacedBy, successorId), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await RefuseReuseAsync(token, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RefreshOutcome.Rotated(await PairAsync(UserResponse.From(user), refresh, cancellationToken));
    }

    private async Task<RefreshOutcome> RefuseReuseAsync(RefreshToken token, CancellationToken cancellationToken)
    {
        var revoked = await revocation.RevokeFamilyAsync(token.FamilyId, cancellationToken);
        logger.LogWarning("Refresh token {TokenId} of user {UserId} was presented again after use; revoked {Count} token(s) of its family", token.Id, token.UserId, revoked);
        return new RefreshOutcome.Refused(Messages.RefreshReused);
    }

    private string Add(long userId, Guid familyId, IPAddress? clientAddress, out Guid id)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (value, hash) = OpaqueTokenValue.Create();
        id = Guid.CreateVersion7();
        db.RefreshTokens.Add(new RefreshToken
        {
            Id = id,
            UserId = userId,
            TokenHash = hash,
            FamilyId = familyId,
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
            CreatedIp = clientAddress,
        });
        return value;
    }

    private async Task<TokenPairResponse> PairAsync(UserResponse user, string refresh, CancellationToken cancellationToken)
    {
        var access = await accessTokens.CreateAsync(user, cancellationToken);
        return new TokenPairResponse(access.Token, refresh, access.ExpiresInSeconds, user);
    }
}
