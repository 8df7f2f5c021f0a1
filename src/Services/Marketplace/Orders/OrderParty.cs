namespace Agrovet.Marketplace.Orders;

/// <summary>How the caller stands to an order; <see cref="None"/> callers do not learn that it exists.</summary>
public enum OrderParty
{
    None,
    Buyer,
    Seller,
    Admin,
}

public static class OrderParties
{
    public static OrderParty Of(long callerId, bool callerIsAdmin, long buyerId, long sellerId)
    {
        if (callerId == buyerId)
        {
            return OrderParty.Buyer;
        }

        if (callerId == sellerId)
        {
            return OrderParty.Seller;
        }

        return callerIsAdmin ? OrderParty.Admin : OrderParty.None;
    }
}
