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
            errors.Add(Header, $"Send an {Header} header: a value unique to this purchase (a UUID), reused only to retry it.");
            return null;
        }

        var key = value.Trim();
        if (key.Length > OrderConfiguration.IdempotencyKeyMaxLength || key.Any(c => c is < '!' or > '~'))
        {
            errors.Add(Header, $"Use at most {OrderConfiguration.IdempotencyKeyMaxLength} visible ASCII characters (a UUID is ideal).");
            return null;
        }

        return key;
    }
}
