using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Marketplace;

/// <summary>An ad was edited, sold out or withdrawn. Subject: the ad id.</summary>
public sealed record AdUpdated(
    [property: JsonPropertyName("add_id")] long AdId,
    long SellerId,
    string Title,
    decimal Price,
    string Currency,
    int Stock,
    string Status,
    IReadOnlyList<string> Changed) : IIntegrationEvent<AdUpdated>
{
    public const string TypeName = "add.updated";

    public static string EventType => TypeName;

    public static string Topic => Topics.MarketplaceEvents;

    public static JsonTypeInfo<AdUpdated> JsonTypeInfo => ContractsJsonContext.Default.AdUpdated;
}
