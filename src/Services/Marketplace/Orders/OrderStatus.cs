namespace Agrovet.Marketplace.Orders;

/// <summary>placed → shipped → completed, or placed (or shipped, by the seller or an admin) → cancelled.</summary>
public static class OrderStatus
{
    public const string Placed = "placed";
    public const string Shipped = "shipped";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Placed, Shipped, Completed, Cancelled];

    public static bool IsKnown(string? status) => status is Placed or Shipped or Completed or Cancelled;

    /// <summary>The status as people read it, in the request's language ("enviado", "shipped").</summary>
    public static string ForPeople(string status) => status switch
    {
        Placed => Messages.OrderStatusPlaced,
        Shipped => Messages.OrderStatusShipped,
        Completed => Messages.OrderStatusCompleted,
        Cancelled => Messages.OrderStatusCancelled,
        _ => status,
    };
}
