using Agrovet.Marketplace.Catalog;
using Agrovet.Marketplace.Money;
using Agrovet.Marketplace.Regions;
using Agrovet.Regions;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Ads;

/// <summary>Field rules shared by creating and editing an ad; each check adds a snake_case field error.</summary>
public static class AdRules
{
    public const int TitleMinLength = 3;
    public const int TitleMaxLength = 140;
    public const int DescriptionMaxLength = 5000;
    public const int RegionMaxLength = 100;
    public const int MaxStock = 1_000_000_000;
    public const int MaxMedia = 10;

    public static string? Title(string? value, ValidationErrors errors)
    {
        var title = value?.Trim();
        if (!errors.Required("title", title))
        {
            return null;
        }

        if (title.Length < TitleMinLength)
        {
            errors.Add("title", Messages.FormatTitleTooShort(TitleMinLength));
        }

        errors.MaxLength("title", title, TitleMaxLength);
        return title;
    }

    public static string Description(string? value, ValidationErrors errors)
    {
        var description = value?.Trim() ?? string.Empty;
        errors.MaxLength("description", description, DescriptionMaxLength);
        return description;
    }

    public static decimal? Price(decimal? value, ValidationErrors errors)
    {
        if (value is not { } price)
        {
            errors.Add("price", SharedMessages.Required);
            return null;
        }

        return Amounts.Validate("price", price, errors) ? price : null;
    }

    public static string? Currency(string? value, ValidationErrors errors)
    {
        var currency = value?.Trim().ToUpperInvariant();
        if (errors.Required("currency", currency) && !Currencies.IsKnown(currency))
        {
            errors.Add("currency", Messages.FormatUnknownCurrency(value, Currencies.Describe()));
            return null;
        }

        return currency;
    }

    public static int? Stock(long? value, ValidationErrors errors)
    {
        if (value is not { } stock)
        {
            errors.Add("stock", SharedMessages.Required);
            return null;
        }

        if (stock is < 0 or > MaxStock)
        {
            errors.Add("stock", Messages.FormatStockRange(AgrovetCultures.Number(MaxStock)));
            return null;
        }

        return (int)stock;
    }

    public static string? Category(string? value, ValidationErrors errors)
    {
        var category = value?.Trim().ToLowerInvariant();
        if (errors.Required("category", category) && !Categories.IsKnown(category))
        {
            errors.Add("category", Messages.FormatUnknownCategory(value, Categories.Describe()));
            return null;
        }

        return category;
    }

    /// <summary>A division code of the region catalog ("CO-COR"); blank means no region.</summary>
    public static Division? Region(string? value, ValidationErrors errors) => RegionRules.Find("region", value, errors);

    /// <summary>
    /// The currency sent, or when none is sent, the one of the country of the ad's region (an ad in Córdoba, Colombia
    /// is priced in COP), else <see cref="Currencies.Default"/>.
    /// </summary>
    public static string? CurrencyOrDefault(string? value, Division? region, ValidationErrors errors) =>
        string.IsNullOrWhiteSpace(value)
            ? region is null ? Currencies.Default : Currencies.Of(RegionCatalog.CountryOf(region))
            : Currency(value, errors);

    /// <summary>Shape only (count, duplicates); ownership is checked against the media copy by <c>MediaOwnership</c>.</summary>
    public static List<Guid> MediaIds(IReadOnlyList<Guid>? value, ValidationErrors errors)
    {
        if (value is null)
        {
            return [];
        }

        if (value.Count > MaxMedia)
        {
            errors.Add("media_ids", Messages.FormatTooManyPhotos(MaxMedia));
        }

        if (value.Distinct().Count() != value.Count)
        {
            errors.Add("media_ids", Messages.PhotoTwice);
        }

        return [.. value];
    }

    /// <summary>The status an edit may ask for: relist ("active") or take down ("withdrawn").</summary>
    public static string? RequestedStatus(string? value, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not (AdStatus.Active or AdStatus.Withdrawn))
        {
            errors.Add("status", value == AdStatus.SoldOut
                ? Messages.SoldOutByStock
                : Messages.FormatRelistOrWithdraw(AdStatus.Active, AdStatus.Withdrawn));
            return null;
        }

        return value;
    }
}
