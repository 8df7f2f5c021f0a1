namespace Agrovet.Marketplace.Addresses;

/// <summary>What an address says; orders keep a copy of it (<see cref="Orders.Order.DeliveryAddress"/>).</summary>
public sealed record AddressFields(
    string Label,
    string RecipientName,
    string Phone,
    string Line1,
    string Line2,
    string City,
    string Region,
    string Country,
    string PostalCode,
    string Instructions)
{
    public static readonly AddressFields Empty = new(
        string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
}
