namespace Agrovet.Profiles.Profiles;

/// <summary>JSON names of the profile fields, as used in validation errors.</summary>
public static class ProfileFields
{
    public const string DisplayName = "display_name";
    public const string Bio = "bio";
    public const string Region = "region";
    public const string Avatar = "avatar";
    public const string Specialty = "specialty";
    public const string LicenseNumber = "license_number";
    public const string RegionsServed = "regions_served";
    public const string Company = "company";
    public const string TaxId = "tax_id";
    public const string FarmType = "farm_type";
    public const string HerdSize = "herd_size";
}
