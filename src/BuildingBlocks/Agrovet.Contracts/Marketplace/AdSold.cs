using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Marketplace;

/// <summary>Units of an ad were bought. Subject: the ad id.</summary>
public sealed record AdSold(
    [property: JsonPropertyName("add_id")] long AdId,
    long OrderId,
    long SellerId,
    long BuyerId,
    int Quantity,
    decimal UnitPrice,
    decimal Total,
    string Currency,
    int StockLeft) : IIntegrationEvent<AdSold>
{
    public const string TypeName = "add.sold";

    public static string EventType => TypeName;

    public static string Topic => Topics.MarketplaceEvents;

    public static JsonTypeInfo<AdSold> JsonTypeInfo => ContractsJsonContext.Default.AdSold;
}
