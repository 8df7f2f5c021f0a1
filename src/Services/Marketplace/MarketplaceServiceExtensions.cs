using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.LocalCopies;
using Agrovet.Marketplace.Addresses;
using Agrovet.Marketplace.Admin;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Caching;
using Agrovet.Marketplace.Catalog;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Media;
using Agrovet.Marketplace.Orders;
using Agrovet.Marketplace.Purchases;
using Agrovet.Marketplace.Regions;
using Agrovet.Marketplace.Search;
using Agrovet.Marketplace.Users;
using Agrovet.ServiceDefaults.Commands;
using Agrovet.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Agrovet.Marketplace;

public static class MarketplaceServiceExtensions
{
    public const string AdsRoutePrefix = "/api/adds";

    public static WebApplicationBuilder AddMarketplaceService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MarketplaceDbContext>();
        builder.AddEventBus<MarketplaceDbContext>();
        builder.AddLocalCopies<MarketplaceDbContext>(copies => copies.Users<SellerStanding>().Media<DeletedPhotos>());

        var services = builder.Services;
        services.AddOptions<MarketplaceOptions>()
            .BindConfiguration(MarketplaceOptions.Section)
            .Validate(o => o.AdCacheExpiration > TimeSpan.Zero && o.AdCacheLocalExpiration > TimeSpan.Zero, "Cache expirations must be positive.")
            .Validate(o => o.MaxOrderQuantity > 0 && o.MaxBulkWithdraw > 0 && o.MaxCsvRows > 0, "Limits must be positive.")
            .ValidateOnStart();
        services.AddJsonContext(MarketplaceJsonContext.Default);

        services.AddSingleton<CacheRedisConnection>();
        services.AddStackExchangeRedisCache(o =>
        {
            o.InstanceName = builder.Configuration["Marketplace:CacheKeyPrefix"] ?? "agrovet:marketplace:";
        });
        services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<CacheRedisConnection>((o, connection) => o.ConnectionMultiplexerFactory = connection.GetAsync);
        services.AddHybridCache().AddSerializer<AdDocument, AdDocumentSerializer>();
        services.AddSingleton<AdCache>();
        services.AddSingleton<RankedMatchesCache>();
        services.AddSingleton<AdInvalidationsAfterCommit>();
        services.ConfigureDbContext<MarketplaceDbContext>(
            (provider, options) => options.AddInterceptors(provider.GetRequiredService<AdInvalidationsAfterCommit>()),
            ServiceLifetime.Singleton);

        services.AddScoped<AdChanges>();
        services.AddScoped<Purchases.Purchases>();
        services.AddScoped<OrderTransitions>();
        return builder;
    }

    public static WebApplication MapMarketplace(this WebApplication app)
    {
        var adds = app.MapGroup(AdsRoutePrefix);
        adds.MapAdList();
        adds.MapCatalog();
        adds.MapAds();
        adds.MapPurchases();
        adds.MapBulkWithdraw();
        app.MapOrders();
        app.MapAddresses();
        app.MapRegions();
        return app;
    }
}
