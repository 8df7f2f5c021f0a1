using Agrovet.Marketplace.Addresses;

namespace Agrovet.Marketplace.Orders;

/// <summary>
/// A purchase of <see cref="Quantity"/> units of an ad at the price it had then. It is also the idempotency record
/// of the request that placed it: (<see cref="BuyerId"/>, <see cref="IdempotencyKey"/>) is unique.
/// </summary>
public sealed class Order
{
    private Order()
    {
    }

    public long Id { get; private set; }

    public long AdId { get; private set; }

    public string AdTitle { get; private set; } = string.Empty;

    public long SellerId { get; private set; }

    public string SellerUsername { get; set; } = string.Empty;

    public long BuyerId { get; private set; }

    public string BuyerUsername { get; set; } = string.Empty;

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal Total { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public string Status { get; set; } = OrderStatus.Placed;

    public string IdempotencyKey { get; private set; } = string.Empty;

    /// <summary>pickup or delivery (<see cref="Orders.DeliveryMethod"/>).</summary>
    public string DeliveryMethod { get; private set; } = Orders.DeliveryMethod.Pickup;

    /// <summary>The buyer's address the delivery copy was taken from (it may have changed or gone since).</summary>
    public long? DeliveryAddressId { get; private set; }

    /// <summary>Where to deliver, as it was when the order was placed; empty for a pick-up.</summary>
    public AddressFields DeliveryAddress { get; private set; } = AddressFields.Empty;

    /// <summary><see cref="Orders.PaymentMethod"/>: recorded, not processed.</summary>
    public string PaymentMethod { get; private set; } = Orders.PaymentMethod.Agreed;

    /// <summary>A phone the seller can reach the buyer on (empty when none was given).</summary>
    public string ContactPhone { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public static Order Place(
        long adId, string adTitle, long sellerId, string sellerUsername, long buyerId, string buyerUsername,
        int quantity, decimal unitPrice, string currency, string idempotencyKey, Checkout checkout, DateTime now)
    {
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        return new Order
        {
            AdId = adId,
            AdTitle = adTitle,
            SellerId = sellerId,
            SellerUsername = sellerUsername,
            BuyerId = buyerId,
            BuyerUsername = buyerUsername,
            Quantity = quantity,
            UnitPrice = unitPrice,
            Total = unitPrice * quantity,
            Currency = currency,
            IdempotencyKey = idempotencyKey,
            DeliveryMethod = checkout.DeliveryMethod,
            DeliveryAddressId = checkout.AddressId,
            DeliveryAddress = checkout.Address ?? AddressFields.Empty,
            PaymentMethod = checkout.PaymentMethod,
            ContactPhone = checkout.ContactPhone,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
