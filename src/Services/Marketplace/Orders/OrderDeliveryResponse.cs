using Agrovet.Marketplace.Addresses;

namespace Agrovet.Marketplace.Orders;

/// <summary>How the order reaches the buyer: <c>method</c> pickup or delivery; <c>address</c> (delivery only) as placed.</summary>
public sealed record OrderDeliveryResponse(string Method, AddressFields? Address);
