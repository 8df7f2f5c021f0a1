namespace Agrovet.ServiceDefaults.Auth;

/// <summary>Names the auth service writes into access tokens and every service reads back.</summary>
public static class AgrovetClaims
{
    public const string Issuer = "agrovet-auth";
    public const string Audience = "agrovet";

    public const string Subject = "sub";
    public const string Username = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string TokenId = "jti";
    public const string IssuedAt = "iat";
    public const string Expires = "exp";
}
