using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;

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
    public static OrderParty Of(ClaimsPrincipal user, long buyerId, long sellerId)
    {
        var id = user.Id();
        if (id == buyerId)
        {
            return OrderParty.Buyer;
        }

        if (id == sellerId)
        {
            return OrderParty.Seller;
        }

        return user.IsAdmin() ? OrderParty.Admin : OrderParty.None;
    }
}
