namespace Agrovet.Auth.Tokens;

public sealed record RefreshRequest(string? Refresh);
