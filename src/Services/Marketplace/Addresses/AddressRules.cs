using System.Globalization;
using Agrovet.Marketplace.Regions;
using Agrovet.Regions;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Addresses;

/// <summary>Field rules of a delivery address; each check adds a snake_case field error.</summary>
public static class AddressRules
{
    public const int LabelMaxLength = 60;
    public const int NameMaxLength = 120;
    public const int PhoneMaxLength = 32;
    public const int PhoneMinDigits = 7;
    public const int LineMaxLength = 200;
    public const int PlaceMaxLength = 100;
    public const int PostalCodeMaxLength = 20;
    public const int InstructionsMaxLength = 500;

    /// <summary>How many addresses one account keeps; more is a 409.</summary>
    public const int MaxPerUser = 20;

    public static AddressFields? Validate(AddressRequest request, ValidationErrors errors)
    {
        var country = Country(request.Country, errors);
        var (region, regionName) = Region(request.Region, country, errors);
        var fields = new AddressFields(
            Optional("label", request.Label, LabelMaxLength, errors),
            Required("recipient_name", request.RecipientName, NameMaxLength, errors),
            Phone("phone", request.Phone, required: true, errors),
            Required("line1", request.Line1, LineMaxLength, errors),
            Optional("line2", request.Line2, LineMaxLength, errors),
            Required("city", request.City, PlaceMaxLength, errors),
            region,
            regionName,
            country,
            Optional("postal_code", request.PostalCode, PostalCodeMaxLength, errors),
            Optional("instructions", request.Instructions, InstructionsMaxLength, errors));
        return errors.IsEmpty ? fields : null;
    }

    /// <summary>A phone number as people write it: digits with spaces, dots, dashes, parentheses and a leading +.</summary>
    public static string Phone(string field, string? value, bool required, ValidationErrors errors)
    {
        var phone = value?.Trim() ?? string.Empty;
        if (phone.Length == 0)
        {
            if (required)
            {
                errors.Add(field, SharedMessages.Required);
            }

            return phone;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        var wellFormed = phone.Length <= PhoneMaxLength
            && phone.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
        if (!wellFormed || digits < PhoneMinDigits)
        {
            errors.Add(field, Messages.FormatPhoneFormat(PhoneMinDigits, PhoneMaxLength));
        }

        return phone;
    }

    private static string Required(string field, string? value, int max, ValidationErrors errors)
    {
        var text = value?.Trim() ?? string.Empty;
        if (errors.Required(field, text))
        {
            errors.MaxLength(field, text, max);
            errors.NoBidiControls(field, text);
        }

        return text;
    }

    private static string Optional(string field, string? value, int max, ValidationErrors errors)
    {
        var text = value?.Trim() ?? string.Empty;
        errors.MaxLength(field, text, max);
        errors.NoBidiControls(field, text);
        return text;
    }

    /// <summary>
    /// In a country of the region catalog, one of its division codes (code and name); elsewhere the region as written
    /// (twice), the catalog having no divisions to check it against.
    /// </summary>
    private static (string Code, string Name) Region(string? value, string country, ValidationErrors errors)
    {
        if (RegionCatalog.FindCountry(country) is not { } catalogCountry)
        {
            var text = Required("region", value, PlaceMaxLength, errors);
            return (text, text);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("region", Messages.FormatRegionRequiredForCountry(catalogCountry.Name.In(CultureInfo.CurrentUICulture), RegionCatalog.Path));
            return (string.Empty, string.Empty);
        }

        if (RegionRules.Find("region", value, errors) is not { } division)
        {
            return (string.Empty, string.Empty);
        }

        if (division.CountryCode != catalogCountry.Code)
        {
            errors.Add("region", Messages.FormatRegionNotInCountry(
                division.Code, catalogCountry.Name.In(CultureInfo.CurrentUICulture), RegionCatalog.Path));
        }

        return (division.Code, division.Name);
    }

    private static string Country(string? value, ValidationErrors errors)
    {
        var country = value?.Trim().ToUpperInvariant() ?? string.Empty;
        if (errors.Required("country", country) && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("country", Messages.CountryCode);
        }

        return country;
    }
}
