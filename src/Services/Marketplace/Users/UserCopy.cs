namespace Agrovet.Marketplace.Users;

/// <summary>This service's copy of an account, kept from <c>user.*</c> events (auth owns the original).</summary>
public sealed class UserCopy
{
    public long Id { get; init; }

    public string Username { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public bool IsActive { get; set; }

    public bool IsDeleted { get; set; }

    public DateTime UpdatedAt { get; set; }
}
