using Agrovet.LocalCopies.Users;

namespace Agrovet.Profiles.Profiles;

/// <summary>
/// One profile of one kind (<see cref="ProfileKinds"/>); the kind-specific columns of the other kinds stay empty.
/// A user has at most one profile of each kind.
/// </summary>
public sealed class Profile
{
    public long Id { get; private set; }

    public required string Kind { get; init; }

    public long UserId { get; init; }

    public UserCopy User { get; init; } = null!;

    public string DisplayName { get; set; } = string.Empty;

    public string Bio { get; set; } = string.Empty;

    /// <summary>
    /// The name of the profile's division ("Córdoba"), or the free text of a profile written before regions had codes
    /// and that named no division (then <see cref="RegionCode"/> is null).
    /// </summary>
    public string? Region { get; set; }

    /// <summary>The ISO 3166-2 code of the profile's division ("CO-COR"); null when it names none.</summary>
    public string? RegionCode { get; set; }

    public Guid? Avatar { get; set; }

    public string? Specialty { get; set; }

    public string? LicenseNumber { get; set; }

    /// <summary>Division codes ("CO-COR"); entries written before regions had codes that named no division stay as written.</summary>
    public List<string> RegionsServed { get; set; } = [];

    public string? Company { get; set; }

    public string? TaxId { get; set; }

    public string? FarmType { get; set; }

    public int? HerdSize { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }
}
