namespace Agrovet.Marketplace.Addresses;

/// <summary>
/// What an address says; orders keep a copy of it (<see cref="Orders.Order.DeliveryAddress"/>). In a country of the
/// region catalog <see cref="Region"/> is a division code ("CO-COR") and <see cref="RegionName"/> its name
/// ("Córdoba"); elsewhere, and in addresses written before regions had codes whose text named no division, both hold
/// the text as written.
/// </summary>
public sealed record AddressFields(
    string Label,
    string RecipientName,
    string Phone,
    string Line1,
    string Line2,
    string City,
    string Region,
    string RegionName,
    string Country,
    string PostalCode,
    string Instructions)
{
    public static readonly AddressFields Empty = new(
        string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
        string.Empty);
}
