namespace Agrovet.Auth.Users;

/// <summary>A user as the user sees themselves (register, login, me).</summary>
public sealed record UserResponse(long Id, string Username, string Email, string Role, DateTime DateJoined)
{
    public static UserResponse From(User user) => new(user.Id, user.Username, user.Email, user.Role, user.DateJoined);
}
