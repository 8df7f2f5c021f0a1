namespace Agrovet.Auth.Account;

public sealed record DeleteAccountRequest(string? Password);
