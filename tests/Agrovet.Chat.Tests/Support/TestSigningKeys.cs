using System.Globalization;
using System.Security.Cryptography;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.Chat.Tests.Support;

/// <summary>
/// The real auth service's keys plus one key of the tests' own, so a test can mint a token the chat trusts with the
/// lifetime it needs (already expired, or expiring in a few seconds) — something the real auth service never issues.
/// </summary>
public sealed class TestSigningKeys(ISigningKeyProvider real) : ISigningKeyProvider, IDisposable
{
    public const string KeyId = "chat-tests";

    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly ECDsaSecurityKey SecurityKey = new(Key) { KeyId = KeyId };

    public IReadOnlyList<SecurityKey> GetSigningKeys(string? keyId) => keyId == KeyId ? [SecurityKey] : real.GetSigningKeys(keyId);

    /// <summary>A token for <paramref name="user"/> valid from <paramref name="issuedAt"/> to <paramref name="expires"/>.</summary>
    public static string Mint(SignedInUser user, DateTimeOffset issuedAt, DateTimeOffset expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AgrovetClaims.Issuer,
            Audience = AgrovetClaims.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [AgrovetClaims.Subject] = user.Id.ToString(CultureInfo.InvariantCulture),
                [AgrovetClaims.Username] = user.Account.Username,
                [AgrovetClaims.Role] = user.Account.Role,
                [AgrovetClaims.TokenId] = Guid.CreateVersion7(issuedAt).ToString(),
            },
            SigningCredentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.EcdsaSha256),
        });

    public void Dispose()
    {
        // The key is shared by every factory of the test process.
    }
}
