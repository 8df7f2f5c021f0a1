namespace Agrovet.Marketplace.Orders;

/// <summary>A step of the order lifecycle and who may take it from which statuses.</summary>
public sealed record OrderAction(string Name, string To, string Verb)
{
    public static readonly OrderAction Ship = new("ship", OrderStatus.Shipped, "shipped");
    public static readonly OrderAction Complete = new("complete", OrderStatus.Completed, "completed");
    public static readonly OrderAction Cancel = new("cancel", OrderStatus.Cancelled, "cancelled");

    /// <summary>The statuses <paramref name="party"/> may take this action from; empty when never.</summary>
    public IReadOnlyList<string> AllowedFrom(OrderParty party) => (Name, party) switch
    {
        ("ship", OrderParty.Seller) => [OrderStatus.Placed],
        ("complete", OrderParty.Buyer) => [OrderStatus.Shipped],
        // Once shipped the goods are on their way: only an administrator can still cancel (one that never arrived).
        ("cancel", OrderParty.Buyer or OrderParty.Seller) => [OrderStatus.Placed],
        ("cancel", OrderParty.Admin) => [OrderStatus.Placed, OrderStatus.Shipped],
        _ => [],
    };
}
