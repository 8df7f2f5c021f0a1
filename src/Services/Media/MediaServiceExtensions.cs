using Agrovet.Contracts.Users;
using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.Media.Content;
using Agrovet.Media.Data;
using Agrovet.Media.Files;
using Agrovet.Media.Storage;
using Agrovet.Media.Thumbnails;
using Agrovet.Media.Uploads;
using Agrovet.Media.Users;
using Agrovet.ServiceDefaults.Json;
using Microsoft.Extensions.Options;

namespace Agrovet.Media;

public static class MediaServiceExtensions
{
    public const string RoutePrefix = "/api/media";

    public static WebApplicationBuilder AddMediaService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MediaDbContext>();
        builder.AddEventBus<MediaDbContext>();
        builder.AddEventHandler<MediaDbContext, UserDeleted, UserDeletedHandler>();
        var services = builder.Services;
        services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.Section)
            .PostConfigure(PurposeDefaults.Apply)
            .Validate(o => o.Purposes.Values.All(p => p.MaxBytes > 0 && p.Categories!.Length > 0), "Every purpose needs a positive MaxBytes and at least one category.")
            .Validate(o => o.Purposes.Values.All(p => p.Categories!.All(c => c is MediaCategory.Image or MediaCategory.Video or MediaCategory.Document)),
                "Purpose categories are image, video or document.")
            .Validate(o => o.Purposes.ContainsKey(o.DefaultPurpose), "DefaultPurpose must name a purpose.")
            .Validate(o => o.ThumbnailMaxSide > 0 && o.MaxImagePixels > 0, "ThumbnailMaxSide and MaxImagePixels must be positive.")
            .ValidateOnStart();
        services.AddJsonContext(MediaJsonContext.Default);

        services.AddSingleton(sp => StorageRoot.Resolve(sp.GetRequiredService<IOptions<MediaOptions>>().Value.StorageRoot, builder.Environment.ContentRootPath));
        services.AddSingleton<IMediaStorage, FileSystemMediaStorage>();
        services.AddSingleton<ThumbnailMaker>();
        services.AddSingleton<StorageJanitor>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageJanitor>());
        services.AddScoped<MediaUploads>();
        services.AddScoped<MediaDeletions>();
        return builder;
    }

    public static WebApplication MapMedia(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MediaOptions>>().Value;
        var media = app.MapGroup(RoutePrefix).WithTags("Media");
        media.MapUploads(options);
        media.MapMediaFiles();
        media.MapMediaContent();
        return app;
    }
}
