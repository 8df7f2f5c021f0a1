using System.Text.Json.Serialization;
using Agrovet.Marketplace.Addresses;
using Agrovet.Marketplace.Admin;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Catalog;
using Agrovet.Marketplace.Orders;
using Agrovet.Marketplace.Purchases;
using Agrovet.Marketplace.Regions;
using Agrovet.ServiceDefaults.Pagination;

namespace Agrovet.Marketplace;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CreateAdRequest))]
[JsonSerializable(typeof(UpdateAdRequest))]
[JsonSerializable(typeof(AdResponse))]
[JsonSerializable(typeof(PagedResponse<AdResponse>))]
[JsonSerializable(typeof(IReadOnlyList<CategoryNode>))]
[JsonSerializable(typeof(PurchaseRequest))]
[JsonSerializable(typeof(OrderResponse))]
[JsonSerializable(typeof(PagedResponse<OrderResponse>))]
[JsonSerializable(typeof(ShipRequest))]
[JsonSerializable(typeof(AddressRequest))]
[JsonSerializable(typeof(AddressResponse))]
[JsonSerializable(typeof(PagedResponse<AddressResponse>))]
[JsonSerializable(typeof(BulkWithdrawRequest))]
[JsonSerializable(typeof(BulkWithdrawResponse))]
[JsonSerializable(typeof(IReadOnlyList<RegionCountryResponse>))]
public sealed partial class MarketplaceJsonContext : JsonSerializerContext;
