using Agrovet.Auth.Users;

namespace Agrovet.Auth.Admin;

/// <summary>A user as administrators see them: the public fields plus status and last sign-in.</summary>
public sealed record AdminUserResponse(long Id, string Username, string Email, string Role, bool IsActive, DateTime DateJoined, DateTime? LastLogin)
{
    public static AdminUserResponse From(User user) =>
        new(user.Id, user.Username, user.Email, user.Role, user.IsActive, user.DateJoined, user.LastLogin);
}
