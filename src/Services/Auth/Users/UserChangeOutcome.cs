using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Auth.Users;

/// <summary>What creating, changing or deleting an account came to.</summary>
public abstract record UserChangeOutcome
{
    private UserChangeOutcome()
    {
    }

    /// <summary>Saved (for a deletion: deleted), with its event, its audit entry and what follows from it.</summary>
    public sealed record Saved(User User) : UserChangeOutcome;

    /// <summary>The username or email is another account's; <see cref="Errors"/> says which, by field.</summary>
    public sealed record Taken(ValidationErrors Errors) : UserChangeOutcome;

    /// <summary>The user was deleted meanwhile.</summary>
    public sealed record Gone : UserChangeOutcome;
}
