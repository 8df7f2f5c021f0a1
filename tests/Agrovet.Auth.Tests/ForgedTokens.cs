using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.Auth.Tests;

/// <summary>Access tokens an attacker could present: altered, unsigned, signed the wrong way or with the wrong key.</summary>
internal static class ForgedTokens
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static string Sign(SigningCredentials credentials, long userId, DateTime issuedAt, DateTime expires, string issuer = AgrovetClaims.Issuer, string audience = AgrovetClaims.Audience) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            SigningCredentials = credentials,
            Claims = new Dictionary<string, object>
            {
                [AgrovetClaims.Subject] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [AgrovetClaims.Username] = "forged",
                [AgrovetClaims.Email] = "forged@example.com",
                [AgrovetClaims.Role] = Roles.Admin,
                [AgrovetClaims.TokenId] = Guid.CreateVersion7().ToString(),
            },
        });

    public static SigningCredentials UnknownKey()
    {
        var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "a-key-nobody-published" };
        return new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256);
    }

    /// <summary>One bit of the signature flipped.</summary>
    public static string WithTamperedSignature(string token)
    {
        var parts = token.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[signature.Length / 2] ^= 0x01;
        return $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The payload rewritten to claim the admin role, header and signature kept.</summary>
    public static string WithRoleRaisedToAdmin(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]))
            .Replace("\"role\":\"consumer\"", "\"role\":\"admin\"", StringComparison.Ordinal);
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(string token)
    {
        var parts = token.Split('.');
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
    }

    /// <summary>The same claims signed HS256 with the published public key as the HMAC secret (algorithm confusion).</summary>
    public static string HmacWithPublicKey(string token, string publicKeyJson, string kid)
    {
        var parts = token.Split('.');
        var header = Encode($$"""{"alg":"HS256","typ":"JWT","kid":"{{kid}}"}""");
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(publicKeyJson), Encoding.ASCII.GetBytes($"{header}.{parts[1]}"));
        return $"{header}.{parts[1]}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
