namespace Agrovet.Auth.Admin;

/// <summary>Only the fields present change.</summary>
public sealed record UpdateUserRequest(string? Role, bool? IsActive, string? Email);
