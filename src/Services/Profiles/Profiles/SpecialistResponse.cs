namespace Agrovet.Profiles.Profiles;

public sealed record SpecialistResponse(
    long Id,
    string Kind,
    ProfileUser User,
    string DisplayName,
    string Bio,
    string? Region,
    string? RegionName,
    Guid? Avatar,
    string Specialty,
    string? LicenseNumber,
    IReadOnlyList<string> RegionsServed,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IProfileResponse<SpecialistResponse>
{
    public static ProfileKind ProfileKind => ProfileKinds.Specialists;

    public static SpecialistResponse From(Profile profile) => new(
        profile.Id, profile.Kind, new ProfileUser(profile.UserId, profile.User.Username), profile.DisplayName, profile.Bio, profile.RegionCode ?? profile.Region, profile.Region, profile.Avatar,
        profile.Specialty ?? string.Empty, profile.LicenseNumber, profile.RegionsServed, profile.CreatedAt, profile.UpdatedAt);
}
