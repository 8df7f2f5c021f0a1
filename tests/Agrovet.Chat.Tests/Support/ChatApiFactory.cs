using Agrovet.Chat.Data;
using Agrovet.Contracts.Events;
using Agrovet.Contracts.Marketplace;
using Agrovet.Contracts.Media;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Chat.Tests.Support;

/// <summary>
/// The chat service on real Kestrel on a loopback port (WebSocket clients connect to it), over its own fresh database,
/// trusting the shared real auth service and the tests' own signing key. A second instance made with
/// <see cref="SharingWith"/> shares the first's database, Redis channels and consumer group: two instances of one deployment.
/// </summary>
public sealed class ChatApiFactory(AuthServerFixture auth)
    : ServiceApiFactory<Program, ChatDbContext>("chat", Topics.ChatEvents, auth.Server)
{
    private ChatApiFactory? _first;

    public string ChannelPrefix { get; private set; } = TestInfrastructure.CreateRedisKeyPrefix("chat") + ":";

    /// <summary>The database's connection string: the first instance's when this one shares it.</summary>
    public string SharedDatabase => _first?.SharedDatabase ?? PostgresConnectionString;

    public string SharedConsumerGroup => _first?.SharedConsumerGroup ?? ConsumerGroup;

    protected override bool ListensOnLoopbackPort => true;

    /// <summary>Configuration of this instance on top of the tests' defaults (a writer tuned for one test, say).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>A second instance of the same deployment as <paramref name="first"/>.</summary>
    public static ChatApiFactory SharingWith(ChatApiFactory first, AuthServerFixture auth) =>
        new(auth) { _first = first, ChannelPrefix = first.ChannelPrefix };

    public Uri SocketUri(long roomId, string token, long? since = null, long? sinceChange = null)
    {
        var http = ServerAddress;
        var query = $"?token={Uri.EscapeDataString(token)}" + (since is { } s ? $"&since={s}" : string.Empty)
            + (sinceChange is { } c ? $"&since_change={c}" : string.Empty);
        return new Uri($"ws://{http.Host}:{http.Port}/ws/chat/{roomId}/{query}");
    }

    /// <summary>The room's socket opened with a single-use ticket from auth (<c>?ticket=</c>) instead of the token.</summary>
    public Uri TicketUri(long roomId, string ticket) =>
        new($"ws://{ServerAddress.Host}:{ServerAddress.Port}/ws/chat/{roomId}/?ticket={Uri.EscapeDataString(ticket)}");

    /// <summary>Publishes <c>add.created</c> as the marketplace would; returns once this chat has its copy.</summary>
    public async Task<long> PublishAdAsync(long sellerId, string title)
    {
        var id = Random.Shared.NextInt64(1_000_000, long.MaxValue / 2);
        var created = new AdCreated(id, sellerId, title, 10m, "USD", 5, "livestock", null, DateTimeOffset.UtcNow);
        await PublishAsync(Topics.MarketplaceEvents, EventEnvelope.Create(created, "agrovet/marketplace", id.ToString(), DateTimeOffset.UtcNow, null));
        await Poll.UntilAsync(() => InDbAsync(db => db.Ads.AnyAsync(a => a.Id == id, Ct)), Patience, $"ad {id} to reach the chat", Ct);
        return id;
    }

    /// <summary>Publishes <c>media.created</c> for an upload of <paramref name="ownerId"/>; returns once this chat has its copy.</summary>
    public async Task<Guid> UploadMediaAsync(long ownerId)
    {
        var id = Guid.CreateVersion7();
        var created = new MediaCreated(id, ownerId, "image/jpeg", 12_345, "chat", false, 640, 480, DateTimeOffset.UtcNow);
        await PublishAsync(Topics.MediaEvents, EventEnvelope.Create(created, "agrovet/media", id.ToString(), DateTimeOffset.UtcNow, null));
        await Poll.UntilAsync(() => InDbAsync(db => db.Media.AnyAsync(m => m.Id == id, Ct)), Patience, $"media {id} to reach the chat", Ct);
        return id;
    }

    /// <summary>Waits until this chat has heard of <paramref name="user"/> (their <c>user.created</c>).</summary>
    public Task KnowsAsync(SignedInUser user) =>
        Poll.UntilAsync(() => InDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id, Ct)), Patience, $"user {user.Id} to reach the chat", Ct);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Postgres", SharedDatabase);
        builder.UseSetting("EventBus:ConsumerGroup", SharedConsumerGroup);
        builder.UseSetting("Chat:ChannelPrefix", ChannelPrefix);
        // Longer than any test: a revoked or expired token must end its connection by itself, not at a periodic check.
        builder.UseSetting("Chat:TokenCheckInterval", "01:00:00");
        builder.UseSetting("Chat:MaxFrameBytes", "8192");
        builder.UseSetting("Chat:SendQueueFrames", "64");
        builder.UseSetting("Chat:FramesPerSecond", "20");
        builder.UseSetting("Chat:FrameBurst", "30");
        builder.UseSetting("MEDIA_INTERNAL_URL", "http://127.0.0.1:9");
        builder.UseSetting("MARKETPLACE_INTERNAL_URL", "http://127.0.0.1:9");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ISigningKeyProvider>(provider => new TestSigningKeys(provider.GetRequiredService<JwksSigningKeyProvider>()));
            // Small socket send buffers (accepted sockets inherit them): a client that stops reading backs up into
            // its connection's queue after a few frames, not after megabytes.
            services.Configure<SocketTransportOptions>(o => o.CreateBoundListenSocket = endpoint =>
            {
                var socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                socket.SendBufferSize = 16 * 1024;
                return socket;
            });
        });
    }
}
