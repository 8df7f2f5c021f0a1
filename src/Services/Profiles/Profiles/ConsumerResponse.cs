namespace Agrovet.Profiles.Profiles;

public sealed record ConsumerResponse(
    long Id,
    string Kind,
    ProfileUser User,
    string DisplayName,
    string Bio,
    string? Region,
    string? RegionName,
    Guid? Avatar,
    string? FarmType,
    int? HerdSize,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IProfileResponse<ConsumerResponse>
{
    public static ProfileKind ProfileKind => ProfileKinds.Consumers;

    public static ConsumerResponse From(Profile profile) => new(
        profile.Id, profile.Kind, new ProfileUser(profile.UserId, profile.User.Username), profile.DisplayName, profile.Bio, profile.RegionCode ?? profile.Region, profile.Region, profile.Avatar,
        profile.FarmType, profile.HerdSize, profile.CreatedAt, profile.UpdatedAt);
}
