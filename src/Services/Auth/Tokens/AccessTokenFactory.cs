using System.Globalization;
using Agrovet.Auth.Keys;
using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.Auth.Tokens;

/// <summary>Signs access tokens (ES256 JWT, <c>kid</c> in the header) with the current key held in memory.</summary>
public sealed class AccessTokenFactory(SigningKeyStore keys, IOptions<AuthOptions> options, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async ValueTask<IssuedAccessToken> CreateAsync(UserResponse user, CancellationToken cancellationToken)
    {
        var ring = await keys.GetRingAsync(cancellationToken);
        var lifetime = options.Value.AccessTokenLifetime;
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AgrovetClaims.Issuer,
            Audience = AgrovetClaims.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = ring.SigningCredentials,
            Claims = new Dictionary<string, object>(5, StringComparer.Ordinal)
            {
                [AgrovetClaims.Subject] = user.Id.ToString(CultureInfo.InvariantCulture),
                [AgrovetClaims.Username] = user.Username,
                [AgrovetClaims.Email] = user.Email,
                [AgrovetClaims.Role] = user.Role,
                [AgrovetClaims.TokenId] = Guid.CreateVersion7().ToString(),
            },
        };
        return new IssuedAccessToken(Handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }
}
