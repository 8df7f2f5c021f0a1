namespace Agrovet.Auth.PasswordReset;

public sealed record ResetPasswordRequest(string? Token, string? NewPassword);
