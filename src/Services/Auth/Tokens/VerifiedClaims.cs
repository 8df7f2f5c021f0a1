namespace Agrovet.Auth.Tokens;

public sealed record VerifiedClaims(
    string Iss,
    string Aud,
    string Sub,
    string Name,
    string Email,
    string Role,
    string Jti,
    long Iat,
    long Nbf,
    long Exp);
