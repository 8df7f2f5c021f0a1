namespace Agrovet.Auth.Sessions;

/// <summary><c>username</c> may also be the account's email; both compare regardless of case.</summary>
public sealed record LoginRequest(string? Username, string? Password);
