namespace Agrovet.Profiles.Profiles;

/// <summary>
/// A profile of any kind in the administrators' list: the fields every kind has, each kind's own (null on the other
/// kinds), the kind as in the URL (<c>path</c>: how to reach it at <c>/api/profiles/{path}/{id}/</c>), and whether its
/// owner's account is active.
/// </summary>
public sealed record AdminProfileResponse(
    long Id,
    string Kind,
    string Path,
    ProfileUser User,
    bool UserIsActive,
    string DisplayName,
    string Bio,
    string? Region,
    Guid? Avatar,
    string? Specialty,
    string? LicenseNumber,
    IReadOnlyList<string>? RegionsServed,
    string? Company,
    string? TaxId,
    string? FarmType,
    int? HerdSize,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static AdminProfileResponse From(Profile profile)
    {
        var kind = ProfileKinds.All.First(k => k.Name == profile.Kind);
        return new AdminProfileResponse(
            profile.Id, profile.Kind, kind.Path, new ProfileUser(profile.UserId, profile.User.Username), profile.User.IsActive,
            profile.DisplayName, profile.Bio, profile.Region, profile.Avatar,
            profile.Specialty, profile.LicenseNumber, kind == ProfileKinds.Specialists ? profile.RegionsServed : null,
            profile.Company, profile.TaxId, profile.FarmType, profile.HerdSize, profile.CreatedAt, profile.UpdatedAt);
    }
}
