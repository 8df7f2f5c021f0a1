namespace Agrovet.Auth.Tokens;

public sealed record VerifyRequest(string? Token);
