using System.Text.Json.Serialization;
using Agrovet.Marketplace.Money;

namespace Agrovet.Marketplace.Ads;

/// <summary>A new ad. <c>price</c> may be a JSON number or a decimal string.</summary>
public sealed record CreateAdRequest(
    string? Title,
    string? Description,
    [property: JsonConverter(typeof(DecimalInputConverter))] decimal? Price,
    string? Currency,
    long? Stock,
    string? Category,
    string? Region,
    IReadOnlyList<Guid>? MediaIds);
