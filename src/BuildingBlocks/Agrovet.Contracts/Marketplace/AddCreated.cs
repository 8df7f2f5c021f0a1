using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Marketplace;

/// <summary>An ad was published. Subject: the ad id.</summary>
public sealed record AddCreated(
    long AddId,
    long SellerId,
    string Title,
    decimal Price,
    string Currency,
    int Stock,
    string Category,
    string? Region,
    DateTimeOffset CreatedAt) : IIntegrationEvent<AddCreated>
{
    public const string TypeName = "add.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.MarketplaceEvents;

    public static JsonTypeInfo<AddCreated> JsonTypeInfo => ContractsJsonContext.Default.AddCreated;
}
