namespace Agrovet.Auth.Tokens;

public sealed record IssuedAccessToken(string Token, int ExpiresInSeconds);
