using Agrovet.Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Orders;

/// <summary>Reads an order's steps, oldest first.</summary>
public static class OrderTimeline
{
    public static async Task<IReadOnlyList<OrderEventResponse>> ReadAsync(MarketplaceDbContext db, long orderId, CancellationToken cancellationToken) =>
        await db.OrderEvents.AsNoTracking()
            .Where(e => e.OrderId == orderId)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(OrderEventResponse.Projection)
            .ToListAsync(cancellationToken);
}
