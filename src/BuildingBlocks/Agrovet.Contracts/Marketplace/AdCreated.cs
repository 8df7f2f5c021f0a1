using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Marketplace;

/// <summary>
/// An ad was published. Subject: the ad id. <see cref="Region"/> is the division's name to show ("Córdoba");
/// <see cref="RegionCode"/> its ISO 3166-2 code ("CO-COR") for consumers to match on (null when the ad names none).
/// </summary>
public sealed record AdCreated(
    [property: JsonPropertyName("add_id")] long AdId,
    long SellerId,
    string Title,
    decimal Price,
    string Currency,
    int Stock,
    string Category,
    string? Region,
    DateTimeOffset CreatedAt,
    string? RegionCode = null) : IIntegrationEvent<AdCreated>
{
    public const string TypeName = "add.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.MarketplaceEvents;

    public static JsonTypeInfo<AdCreated> JsonTypeInfo => ContractsJsonContext.Default.AdCreated;
}
