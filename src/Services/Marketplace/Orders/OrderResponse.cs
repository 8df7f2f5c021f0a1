using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Money;

namespace Agrovet.Marketplace.Orders;

/// <summary>
/// An order; <c>ad</c> is the ad's id (<c>ad_title</c> its title when bought). <c>delivery</c>, <c>payment_method</c>
/// and <c>contact_phone</c> are the buyer's checkout choices; <c>timeline</c> (one order only, not in lists) its steps,
/// oldest first.
/// </summary>
public sealed record OrderResponse(
    long Id,
    long Ad,
    string AdTitle,
    int Quantity,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal UnitPrice,
    [property: JsonConverter(typeof(MoneyJsonConverter))] decimal Total,
    string Currency,
    string Status,
    UserRef Buyer,
    UserRef Seller,
    OrderDeliveryResponse Delivery,
    string PaymentMethod,
    string ContactPhone,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OrderEventResponse>? Timeline = null)
{
    /// <summary>Rows are read whole and shaped here (the delivery address is a complex value).</summary>
    public static readonly Expression<Func<Order, OrderResponse>> Projection = o => From(o, null);

    public static OrderResponse From(Order o, IReadOnlyList<OrderEventResponse>? timeline = null) => new(
        o.Id, o.AdId, o.AdTitle, o.Quantity, o.UnitPrice, o.Total, o.Currency, o.Status,
        new UserRef(o.BuyerId, o.BuyerUsername), new UserRef(o.SellerId, o.SellerUsername),
        new OrderDeliveryResponse(o.DeliveryMethod, o.DeliveryMethod == DeliveryMethod.Delivery ? o.DeliveryAddress : null),
        o.PaymentMethod, o.ContactPhone, o.CreatedAt, o.UpdatedAt, timeline);
}
