namespace Agrovet.Auth.PasswordReset;

/// <summary>The one answer to every well-formed request, whether or not an account has the address.</summary>
public sealed record ForgotPasswordResponse(string Detail);
