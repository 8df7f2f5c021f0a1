namespace Agrovet.Auth.Registration;

public sealed record RegisterRequest(string? Username, string? Email, string? Password, string? Role);
