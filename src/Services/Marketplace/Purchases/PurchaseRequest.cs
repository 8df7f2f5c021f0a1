namespace Agrovet.Marketplace.Purchases;

/// <summary>
/// How many units to buy (a whole number from 1) and the checkout: <c>delivery_method</c> pickup (default) or delivery
/// to <c>address_id</c>, one of the buyer's addresses; <c>payment_method</c> cash_on_delivery, bank_transfer or agreed
/// (default); <c>contact_phone</c> for the seller (a delivery's address phone when left out).
/// </summary>
public sealed record PurchaseRequest(
    long? Quantity,
    string? DeliveryMethod = null,
    long? AddressId = null,
    string? PaymentMethod = null,
    string? ContactPhone = null);
