using System.Linq.Expressions;
using Agrovet.Marketplace.Ads;

namespace Agrovet.Marketplace.Orders;

/// <summary>
/// A step of the order's timeline: <c>status</c> reached, <c>by</c> whom (null for steps from before the timeline was
/// kept) as <c>role</c> (buyer, seller or admin), <c>at</c> when, and the <c>note</c> given (shipping: tracking).
/// </summary>
public sealed record OrderEventResponse(string Status, UserRef? By, string? Role, string Note, DateTime At)
{
    public static readonly Expression<Func<OrderEvent, OrderEventResponse>> Projection = e => new OrderEventResponse(
        e.Status, e.ActorId == null ? null : new UserRef(e.ActorId.Value, e.ActorUsername), e.ActorRole, e.Note, e.At);
}
