using System.Linq.Expressions;

namespace Agrovet.Marketplace.Addresses;

/// <summary>One of the caller's delivery addresses; <c>region</c> is a division code and <c>region_name</c> its name (<see cref="AddressFields"/>).</summary>
public sealed record AddressResponse(
    long Id,
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
    string Instructions,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static readonly Expression<Func<Address, AddressResponse>> Projection = a => new AddressResponse(
        a.Id, a.Fields.Label, a.Fields.RecipientName, a.Fields.Phone, a.Fields.Line1, a.Fields.Line2, a.Fields.City, a.Fields.Region, a.Fields.RegionName,
        a.Fields.Country, a.Fields.PostalCode, a.Fields.Instructions, a.CreatedAt, a.UpdatedAt);

    public static AddressResponse From(Address a) => new(
        a.Id, a.Fields.Label, a.Fields.RecipientName, a.Fields.Phone, a.Fields.Line1, a.Fields.Line2, a.Fields.City, a.Fields.Region, a.Fields.RegionName,
        a.Fields.Country, a.Fields.PostalCode, a.Fields.Instructions, a.CreatedAt, a.UpdatedAt);
}
