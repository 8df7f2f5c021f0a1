namespace Agrovet.Auth.Users;

/// <summary>What the hot paths need to know about a user, kept in memory for a few seconds.</summary>
public sealed record CachedUser(UserResponse Profile, bool IsActive);
