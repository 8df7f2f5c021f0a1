namespace Agrovet.Auth.PasswordReset;

public sealed record ForgotPasswordRequest(string? Email);
