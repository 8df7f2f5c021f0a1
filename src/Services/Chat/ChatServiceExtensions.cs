using Agrovet.Chat.Ads;
using Agrovet.Chat.Data;
using Agrovet.Chat.Messages;
using Agrovet.Chat.Realtime;
using Agrovet.Chat.Rooms;
using Agrovet.Chat.Users;
using Agrovet.Contracts.Marketplace;
using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.LocalCopies;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Json;

namespace Agrovet.Chat;

public static class ChatServiceExtensions
{
    public const string RoutePrefix = "/api/chat";

    public static WebApplicationBuilder AddChatService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ChatDbContext>();
        builder.AddEventBus<ChatDbContext>();
        builder.AddLocalCopies<ChatDbContext>(copies => copies.Users<ChatAccess>().Media());
        builder.AddEventHandler<ChatDbContext, AdCreated, AdCopyHandler>();
        builder.AddEventHandler<ChatDbContext, AdUpdated, AdCopyHandler>();

        var services = builder.Services;
        services.AddOptions<ChatOptions>()
            .BindConfiguration(ChatOptions.Section)
            .Validate(o => o.MaxFrameBytes > 0 && o.SendQueueFrames > 0 && o.FramesPerSecond > 0 && o.FrameBurst > 0 && o.WriteBatchSize > 0 && o.WriteLinger >= TimeSpan.Zero, "Chat limits must be positive.")
            .Validate(o => o.PingInterval > TimeSpan.Zero && o.PingTimeout > TimeSpan.Zero && o.TokenCheckInterval > TimeSpan.Zero, "Chat intervals must be positive.")
            .ValidateOnStart();
        services.AddJsonContext(ChatJsonContext.Default);
        services.AddHttpClient<MarketplaceClient>((provider, http) => http.BaseAddress = provider.GetRequiredService<InternalServiceUrls>().Marketplace)
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(6);
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(100);
            });
        services.AddScoped<AdCopies>();
        services.AddScoped<RoomChanges>();
        services.AddScoped<RoomQueries>();
        services.AddScoped<MessageChanges>();
        services.AddSingleton<RoomHub>();
        services.AddHostedService(provider => provider.GetRequiredService<RoomHub>());
        services.AddSingleton<MessageWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<MessageWriter>());
        services.AddSingleton<ConnectionServices>();
        services.AddHostedService<TokenWatch>();
        return builder;
    }

    public static WebApplication MapChat(this WebApplication app)
    {
        var chat = app.MapGroup(RoutePrefix);
        chat.MapRooms();
        chat.MapMessages();
        app.MapChatSocket();
        return app;
    }
}
