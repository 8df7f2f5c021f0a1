using Agrovet.Marketplace.Orders;

namespace Agrovet.Marketplace.Purchases;

/// <summary>What a purchase attempt came to.</summary>
public abstract record PurchaseOutcome
{
    private PurchaseOutcome()
    {
    }

    /// <summary>A new order.</summary>
    public sealed record Placed(Order Order) : PurchaseOutcome;

    /// <summary>The key was used before for the same ad and quantity: that order.</summary>
    public sealed record Replayed(Order Order) : PurchaseOutcome;

    /// <summary>The key was used before for a different purchase.</summary>
    public sealed record KeyReused(Order Order) : PurchaseOutcome;

    public sealed record NoSuchAd : PurchaseOutcome;

    public sealed record OwnAd : PurchaseOutcome;

    public sealed record Withdrawn : PurchaseOutcome;

    public sealed record SellerInactive : PurchaseOutcome;

    public sealed record NotEnoughStock(int Available) : PurchaseOutcome;
}
