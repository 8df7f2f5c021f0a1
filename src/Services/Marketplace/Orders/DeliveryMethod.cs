namespace Agrovet.Marketplace.Orders;

/// <summary>How the goods reach the buyer: picked up at the seller's, or delivered to an address of the buyer's.</summary>
public static class DeliveryMethod
{
    public const string Pickup = "pickup";
    public const string Delivery = "delivery";

    public static readonly IReadOnlyList<string> All = [Pickup, Delivery];

    public static bool IsKnown(string? method) => method is Pickup or Delivery;
}
