namespace Agrovet.Profiles.Users;

/// <summary>
/// This service's copy of an account, kept from <c>user.*</c> events (or, until the first event arrives, from the
/// claims of the user's own token). A deleted account stays as a tombstone so a late token cannot bring it back.
/// </summary>
public sealed class KnownUser
{
    public long Id { get; init; }

    public string Username { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public bool IsActive { get; set; }

    public bool IsDeleted { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Whether the user's profiles are shown to others.</summary>
    public bool IsVisible => IsActive && !IsDeleted;
}
