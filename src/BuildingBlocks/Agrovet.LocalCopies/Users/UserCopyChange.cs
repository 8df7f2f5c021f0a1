namespace Agrovet.LocalCopies.Users;

/// <summary>
/// What an event did to a user's copy: <see cref="User"/> as it is now (tracked, saved with the event's inbox row) and
/// <see cref="Before"/> as it was (null: the event brought a user this service had not heard of).
/// </summary>
public sealed record UserCopyChange(UserCopy User, UserCopySnapshot? Before)
{
    public bool IsNew => Before is null;

    /// <summary>
    /// Whether the user was seen by others before. A user not heard of yet counts as visible: their own token let them
    /// act (create a profile, publish an ad) before their first event arrived.
    /// </summary>
    public bool WasVisible => Before?.IsVisible ?? true;

    /// <summary>Deactivated, reactivated or deleted: what the user owns leaves, or comes back to, public view.</summary>
    public bool VisibilityChanged => User.IsVisible != WasVisible;

    public bool BecameDeleted => User.IsDeleted && Before?.IsDeleted != true;

    /// <summary>A new username, to be written wherever this service repeats it (a user not heard of before has none to replace).</summary>
    public bool UsernameChanged => Before is not null && Before.Username != User.Username;
}
