namespace Agrovet.LocalCopies.Users;

/// <summary>
/// This service's copy of an account, kept from <c>user.*</c> events (auth owns the original), or, until the first
/// event arrives, from the claims of the user's own token. A deleted account stays as a deleted row (a tombstone) and
/// is never brought back by a late event.
/// </summary>
public sealed class UserCopy
{
    public long Id { get; init; }

    public string Username { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public bool IsActive { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>The time of the newest event (or token) the row was written from; an older event never overwrites it.</summary>
    public DateTime EventTime { get; set; }

    /// <summary>Whether others see the user (and what they own): active and not deleted.</summary>
    public bool IsVisible => IsActive && !IsDeleted;
}
