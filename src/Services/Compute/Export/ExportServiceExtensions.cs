using Agrovet.Contracts.Forum;
using Agrovet.Contracts.Marketplace;
using Agrovet.Contracts.Profiles;
using Agrovet.EventBus.Hosting;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.Compute.Export;

public static class ExportServiceExtensions
{
    /// <summary>
    /// The export of the platform's activity: the marketplace's ad and sale events, the forum's posts and comments and
    /// the profiles' regions, consumed without a database (the inbox is Redis), and the exporter that rebuilds the
    /// activity datasets. Off with Compute:Export:Enabled=false.
    /// </summary>
    public static WebApplicationBuilder AddPlatformExport(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue($"{ComputeOptions.Section}:Export:Enabled", true))
        {
            return builder;
        }
        builder.Services.AddSingleton<ActivityStore>();
        builder.Services.AddHttpClient<MarketplaceAds>((services, http) =>
        {
            http.BaseAddress = services.GetRequiredService<InternalServiceUrls>().Marketplace;
            http.Timeout = TimeSpan.FromSeconds(5);
        });
        builder.Services.AddSingleton<ActivityExporter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ActivityExporter>());
        builder.AddEventHandler<AdCreated, AdCreatedHandler>();
        builder.AddEventHandler<AdUpdated, AdUpdatedHandler>();
        builder.AddEventHandler<AdSold, AdSoldHandler>();
        builder.AddEventHandler<ProfileCreated, ProfileCreatedHandler>();
        builder.AddEventHandler<ProfileUpdated, ProfileUpdatedHandler>();
        builder.AddEventHandler<PostCreated, PostCreatedHandler>();
        builder.AddEventHandler<CommentAdded, CommentAddedHandler>();
        return builder;
    }
}
