using Agrovet.Regions;
using Agrovet.ServiceDefaults.Json;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Profiles.Profiles;

/// <summary>Checks a <see cref="ProfileInput"/> for a kind and writes it onto a profile.</summary>
public static class ProfileRules
{
    public const int DisplayNameMax = 100;
    public const int BioMax = 2000;
    public const int NameMax = 100;
    public const int CompanyMax = 150;
    public const int CodeMax = 50;
    public const int MaxRegionsServed = 20;
    public const int MaxHerdSize = 10_000_000;

    /// <summary>Adds field errors; <paramref name="creating"/> makes the fields every profile of the kind needs required.</summary>
    public static void Validate(ProfileKind kind, ProfileInput input, bool creating, ValidationErrors errors)
    {
        foreach (var field in input.SentKindFields().Where(f => !kind.OwnFields.Contains(f)))
        {
            errors.Add(field, Messages.FormatFieldNotOfKind(kind.PluralForPeople, field, string.Join(", ", kind.OwnFields)));
        }

        RequiredText(ProfileFields.DisplayName, input.DisplayName, DisplayNameMax, creating, errors);
        errors.NoBidiControls(ProfileFields.DisplayName, input.DisplayName.Value);
        OptionalText(ProfileFields.Bio, input.Bio, BioMax, errors);
        Region(input.Region.Value, errors);
        if (kind == ProfileKinds.Specialists)
        {
            RequiredText(ProfileFields.Specialty, input.Specialty, NameMax, creating, errors);
            OptionalText(ProfileFields.LicenseNumber, input.LicenseNumber, CodeMax, errors);
            RegionsServed(input, errors);
        }
        else if (kind == ProfileKinds.Businessmen)
        {
            RequiredText(ProfileFields.Company, input.Company, CompanyMax, creating, errors);
            OptionalText(ProfileFields.TaxId, input.TaxId, CodeMax, errors);
        }
        else
        {
            OptionalText(ProfileFields.FarmType, input.FarmType, NameMax, errors);
            if (input.HerdSize.Value is < 0 or > MaxHerdSize)
            {
                errors.Add(ProfileFields.HerdSize, Messages.FormatHerdSizeRange(AgrovetCultures.Number(MaxHerdSize)));
            }
        }
    }

    /// <summary>Writes the sent fields (already validated) onto <paramref name="profile"/>; the avatar is the caller's.</summary>
    public static void Apply(ProfileInput input, Profile profile)
    {
        if (input.DisplayName.IsSet)
        {
            profile.DisplayName = input.DisplayName.Value!.Trim();
        }

        if (input.Bio.IsSet)
        {
            profile.Bio = input.Bio.Value?.Trim() ?? string.Empty;
        }

        if (input.Region.IsSet)
        {
            var division = RegionCatalog.FindDivision(Blank(input.Region.Value));
            profile.Region = division?.Name;
            profile.RegionCode = division?.Code;
        }

        if (input.Specialty.IsSet)
        {
            profile.Specialty = input.Specialty.Value!.Trim();
        }

        if (input.LicenseNumber.IsSet)
        {
            profile.LicenseNumber = Blank(input.LicenseNumber.Value);
        }

        if (input.RegionsServed.IsSet)
        {
            profile.RegionsServed = CleanRegions(input.RegionsServed.Value);
        }

        if (input.Company.IsSet)
        {
            profile.Company = input.Company.Value!.Trim();
        }

        if (input.TaxId.IsSet)
        {
            profile.TaxId = Blank(input.TaxId.Value);
        }

        if (input.FarmType.IsSet)
        {
            profile.FarmType = Blank(input.FarmType.Value);
        }

        if (input.HerdSize.IsSet)
        {
            profile.HerdSize = input.HerdSize.Value;
        }
    }

    private static void RequiredText(string field, Optional<string> value, int max, bool creating, ValidationErrors errors)
    {
        if (!value.IsSet)
        {
            if (creating)
            {
                errors.Add(field, SharedMessages.Required);
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(value.Value))
        {
            errors.Add(field, Messages.MayNotBeBlank);
            return;
        }

        errors.MaxLength(field, value.Value.Trim(), max);
    }

    private static void OptionalText(string field, Optional<string> value, int max, ValidationErrors errors) =>
        errors.MaxLength(field, value.Value?.Trim(), max);

    private static void RegionsServed(ProfileInput input, ValidationErrors errors)
    {
        var regions = input.RegionsServed.Value;
        if (regions is null)
        {
            return;
        }

        if (regions.Count > MaxRegionsServed)
        {
            errors.Add(ProfileFields.RegionsServed, Messages.FormatTooManyRegions(MaxRegionsServed));
        }

        if (regions.Any(r => RegionCatalog.FindDivision(r) is null))
        {
            errors.Add(ProfileFields.RegionsServed, Messages.FormatUnknownRegion(RegionCatalog.Path));
        }
    }

    /// <summary>A division code of the region catalog ("CO-COR", any case); blank means none.</summary>
    private static void Region(string? value, ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(value) && RegionCatalog.FindDivision(value) is null)
        {
            errors.Add(ProfileFields.Region, Messages.FormatUnknownRegion(RegionCatalog.Path));
        }
    }

    private static List<string> CleanRegions(List<string>? regions) =>
        regions is null ? [] : [.. regions.Select(r => RegionCatalog.FindDivision(r)!.Code).Distinct(StringComparer.Ordinal)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
