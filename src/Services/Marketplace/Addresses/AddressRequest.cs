namespace Agrovet.Marketplace.Addresses;

/// <summary>
/// A delivery address: who receives (<c>recipient_name</c>, <c>phone</c>), where (<c>line1</c>, <c>line2</c>,
/// <c>city</c>, <c>region</c>, <c>country</c> as an ISO 3166-1 alpha-2 code, <c>postal_code</c>) and how to get there
/// (<c>instructions</c>); <c>label</c> names it for its owner ("Finca", "Casa").
/// </summary>
public sealed record AddressRequest(
    string? Label,
    string? RecipientName,
    string? Phone,
    string? Line1,
    string? Line2,
    string? City,
    string? Region,
    string? Country,
    string? PostalCode,
    string? Instructions);
