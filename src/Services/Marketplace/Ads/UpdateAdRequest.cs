using System.Text.Json.Serialization;
using Agrovet.Marketplace.Money;

namespace Agrovet.Marketplace.Ads;

/// <summary>Only the fields present change. <c>status</c> may be "withdrawn" or "active" (relist); sold out follows the stock.</summary>
public sealed record UpdateAdRequest(
    string? Title,
    string? Description,
    [property: JsonConverter(typeof(DecimalInputConverter))] decimal? Price,
    string? Currency,
    long? Stock,
    string? Category,
    string? Region,
    IReadOnlyList<Guid>? MediaIds,
    string? Status);
