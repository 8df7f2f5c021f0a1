namespace Agrovet.Auth.Sessions;

public sealed record LogoutRequest(string? Refresh);
