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

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public static Order Place(
        long adId, string adTitle, long sellerId, string sellerUsername, long buyerId, string buyerUsername,
        int quantity, decimal unitPrice, string currency, string idempotencyKey, DateTime now)
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
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
