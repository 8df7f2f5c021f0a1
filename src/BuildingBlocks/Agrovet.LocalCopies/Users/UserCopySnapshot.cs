namespace Agrovet.LocalCopies.Users;

/// <summary>A user's copy as it was before an event changed it.</summary>
public sealed record UserCopySnapshot(string Username, string Role, bool IsActive, bool IsDeleted)
{
    public bool IsVisible => IsActive && !IsDeleted;

    public static UserCopySnapshot Of(UserCopy user) => new(user.Username, user.Role, user.IsActive, user.IsDeleted);
}
