namespace Agrovet.Contracts.Users;

/// <summary>Names used in <see cref="UserUpdated.Changed"/>.</summary>
public static class UserFields
{
    public const string Username = "username";
    public const string Email = "email";
    public const string Role = "role";
    public const string IsActive = "is_active";
}
