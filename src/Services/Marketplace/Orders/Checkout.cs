using Agrovet.Marketplace.Addresses;

namespace Agrovet.Marketplace.Orders;

/// <summary>
/// The buyer's choices at checkout, recorded on the order: <see cref="DeliveryMethod"/>, the address copied from their
/// account when delivered (<see cref="AddressId"/> names the one it came from), <see cref="PaymentMethod"/> and a phone
/// the seller can reach them on.
/// </summary>
public sealed record Checkout(string DeliveryMethod, long? AddressId, AddressFields? Address, string PaymentMethod, string ContactPhone)
{
    public static readonly Checkout Default = new(Orders.DeliveryMethod.Pickup, null, null, Orders.PaymentMethod.Agreed, string.Empty);

    /// <summary>Whether a retry asks for the same checkout as the order placed first (the address by its id).</summary>
    public bool SameChoicesAs(Order order) =>
        order.DeliveryMethod == DeliveryMethod && order.DeliveryAddressId == AddressId && order.PaymentMethod == PaymentMethod;
}
