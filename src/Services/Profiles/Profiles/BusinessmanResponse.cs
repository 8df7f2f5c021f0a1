namespace Agrovet.Profiles.Profiles;

public sealed record BusinessmanResponse(
    long Id,
    string Kind,
    ProfileUser User,
    string DisplayName,
    string Bio,
    string? Region,
    string? RegionName,
    Guid? Avatar,
    string Company,
    string? TaxId,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IProfileResponse<BusinessmanResponse>
{
    public static ProfileKind ProfileKind => ProfileKinds.Businessmen;

    public static BusinessmanResponse From(Profile profile) => new(
        profile.Id, profile.Kind, new ProfileUser(profile.UserId, profile.User.Username), profile.DisplayName, profile.Bio, profile.RegionCode ?? profile.Region, profile.Region, profile.Avatar,
        profile.Company ?? string.Empty, profile.TaxId, profile.CreatedAt, profile.UpdatedAt);
}
