using Agrovet.Marketplace.Orders;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Purchases;

/// <summary>The <c>Idempotency-Key</c> header of a purchase: required, 1–255 visible ASCII characters (a UUID is ideal).</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static string? Validate(string? value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Header, Messages.FormatIdempotencyKeyMissing(Header));
            return null;
        }

        var key = value.Trim();
        if (key.Length > OrderConfiguration.IdempotencyKeyMaxLength || key.Any(c => c is < '!' or > '~'))
        {
            errors.Add(Header, Messages.FormatIdempotencyKeyTooLong(OrderConfiguration.IdempotencyKeyMaxLength));
            return null;
        }

        return key;
    }
}
