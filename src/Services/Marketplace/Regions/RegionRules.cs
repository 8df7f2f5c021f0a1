using Agrovet.Regions;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Regions;

/// <summary>A region sent by a client: a division code of the catalog (<see cref="RegionCatalog"/>), in any case.</summary>
public static class RegionRules
{
    /// <summary>The division <paramref name="value"/> names; null when it is blank, or unknown (then with an error).</summary>
    public static Division? Find(string field, string? value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var division = RegionCatalog.FindDivision(value);
        if (division is null)
        {
            errors.Add(field, Messages.FormatUnknownRegion(RegionCatalog.Path));
        }

        return division;
    }
}
