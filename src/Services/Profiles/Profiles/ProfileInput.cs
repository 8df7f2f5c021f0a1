using Agrovet.ServiceDefaults.Json;

namespace Agrovet.Profiles.Profiles;

/// <summary>
/// The body of a create (POST) or an edit (PATCH): only the fields sent count, and <c>null</c> clears a field that may
/// be empty. Fields of another kind of profile are refused.
/// </summary>
public sealed record ProfileInput(
    Optional<string> DisplayName,
    Optional<string> Bio,
    Optional<string> Region,
    Optional<Guid?> Avatar,
    Optional<string> Specialty,
    Optional<string> LicenseNumber,
    Optional<List<string>> RegionsServed,
    Optional<string> Company,
    Optional<string> TaxId,
    Optional<string> FarmType,
    Optional<int?> HerdSize)
{
    /// <summary>The kind-specific fields that were sent, by JSON name.</summary>
    public IEnumerable<string> SentKindFields()
    {
        if (Specialty.IsSet)
        {
            yield return ProfileFields.Specialty;
        }

        if (LicenseNumber.IsSet)
        {
            yield return ProfileFields.LicenseNumber;
        }

        if (RegionsServed.IsSet)
        {
            yield return ProfileFields.RegionsServed;
        }

        if (Company.IsSet)
        {
            yield return ProfileFields.Company;
        }

        if (TaxId.IsSet)
        {
            yield return ProfileFields.TaxId;
        }

        if (FarmType.IsSet)
        {
            yield return ProfileFields.FarmType;
        }

        if (HerdSize.IsSet)
        {
            yield return ProfileFields.HerdSize;
        }
    }
}
