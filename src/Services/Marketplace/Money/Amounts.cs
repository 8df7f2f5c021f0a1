using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Money;

/// <summary>Rules for prices: <c>numeric(12,2)</c>, so at most two decimals and ten digits before the point.</summary>
public static class Amounts
{
    public const int Precision = 12;
    public const int Scale = 2;
    public const decimal Max = 9_999_999_999.99m;

    /// <summary>Adds a field error unless <paramref name="value"/> is a positive amount that fits the column exactly.</summary>
    public static bool Validate(string field, decimal value, ValidationErrors errors, bool allowZero = false)
    {
        if (value < 0 || (!allowZero && value == 0))
        {
            errors.Add(field, allowZero ? Messages.AmountAtLeastZero : Messages.AmountAboveZero);
            return false;
        }

        if (decimal.Round(value, Scale) != value)
        {
            errors.Add(field, Messages.FormatAmountDecimals(Scale));
            return false;
        }

        if (value > Max)
        {
            errors.Add(field, Messages.FormatAmountDigits(Precision - Scale));
            return false;
        }

        return true;
    }
}
