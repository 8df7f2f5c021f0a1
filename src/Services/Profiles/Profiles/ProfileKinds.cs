using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.Profiles.Profiles;

public static class ProfileKinds
{
    public static readonly ProfileKind Specialists = new("specialists", "specialist", Roles.Specialist, "specialists",
        [ProfileFields.Specialty, ProfileFields.LicenseNumber, ProfileFields.RegionsServed]);

    public static readonly ProfileKind Businessmen = new("businessmen", "businessman", Roles.Businessman, "businessmen",
        [ProfileFields.Company, ProfileFields.TaxId]);

    public static readonly ProfileKind Consumers = new("consumers", "consumer", Roles.Consumer, "consumers",
        [ProfileFields.FarmType, ProfileFields.HerdSize]);

    public static IReadOnlyList<ProfileKind> All { get; } = [Specialists, Businessmen, Consumers];
}
