namespace Agrovet.Auth.Account;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
