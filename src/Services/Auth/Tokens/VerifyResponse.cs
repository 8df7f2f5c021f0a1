namespace Agrovet.Auth.Tokens;

public sealed record VerifyResponse(bool Valid, VerifiedClaims Claims);
