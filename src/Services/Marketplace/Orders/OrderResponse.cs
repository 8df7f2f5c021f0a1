using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Money;

namespace Agrovet.Marketplace.Orders;

/// <summary>An order; <c>ad</c> is the ad's id (<c>ad_title</c> its title when bought).</summary>
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
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static readonly Expression<Func<Order, OrderResponse>> Projection = o => new OrderResponse(
        o.Id, o.AdId, o.AdTitle, o.Quantity, o.UnitPrice, o.Total, o.Currency, o.Status,
        new UserRef(o.BuyerId, o.BuyerUsername), new UserRef(o.SellerId, o.SellerUsername), o.CreatedAt, o.UpdatedAt);

    public static OrderResponse From(Order o) => new(
        o.Id, o.AdId, o.AdTitle, o.Quantity, o.UnitPrice, o.Total, o.Currency, o.Status,
        new UserRef(o.BuyerId, o.BuyerUsername), new UserRef(o.SellerId, o.SellerUsername), o.CreatedAt, o.UpdatedAt);
}
