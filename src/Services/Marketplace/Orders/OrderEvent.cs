namespace Agrovet.Marketplace.Orders;

/// <summary>
/// A step in an order's timeline: the status it reached, who took the step (their id, name and part in the order:
/// buyer, seller or admin; null for steps taken before the timeline was kept) and when; shipping may carry a note
/// (a tracking number, the carrier).
/// </summary>
public sealed class OrderEvent
{
    private OrderEvent()
    {
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public string Status { get; private set; } = string.Empty;

    public long? ActorId { get; private set; }

    public string ActorUsername { get; private set; } = string.Empty;

    public string? ActorRole { get; private set; }

    public string Note { get; private set; } = string.Empty;

    public DateTime At { get; private set; }

    public static OrderEvent Record(long orderId, string status, long actorId, string actorUsername, OrderParty party, string note, DateTime at) => new()
    {
        OrderId = orderId,
        Status = status,
        ActorId = actorId,
        ActorUsername = actorUsername,
        ActorRole = party switch
        {
            OrderParty.Buyer => "buyer",
            OrderParty.Seller => "seller",
            OrderParty.Admin => "admin",
            _ => null,
        },
        Note = note,
        At = at,
    };
}
