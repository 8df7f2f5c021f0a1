using Agrovet.Contracts.Events;
using Agrovet.Contracts.Media;
using Agrovet.EventBus.Transport;
using Agrovet.Marketplace.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// The marketplace in memory over its own fresh database, pointed at the shared real auth service (tokens, JWKS,
/// user events) and its Redis, with a consumer group and cache key prefix of its own. One per test class.
/// </summary>
public class MarketplaceApiFactory(AuthServerFixture auth) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _cacheKeyPrefix = TestInfrastructure.CreateRedisKeyPrefix("marketplace-cache");
    private string? _postgres;

    public AuthServer Auth => auth.Server;

    public string ConsumerGroup { get; } = $"marketplace-{Guid.NewGuid():N}"[..24];

    public string CacheKeyPrefix => _cacheKeyPrefix;

    /// <summary>The <c>source</c> of this instance's events, telling them apart from other test classes' on the shared streams.</summary>
    public string EventSource => $"agrovet/{ConsumerGroup}";

    public string PostgresConnectionString => _postgres ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>Where Redis is for this factory: the auth service's (shared streams and denylist) unless a subclass says otherwise.</summary>
    protected virtual string RedisConnectionString => Auth.RedisConnectionString;

    /// <summary>Where this instance asks about uploads it has not heard of: the shared real media service unless a subclass says otherwise.</summary>
    protected virtual Uri MediaUrl => auth.Media.ServerAddress;

    public virtual async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _postgres = await infrastructure.CreateDatabaseAsync("marketplace");
        // Migrated before the host exists: its relay and consumers start with it and expect their tables.
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>().UseNpgsql(_postgres).UseSnakeCaseNamingConvention().Options;
        await using (var db = new MarketplaceDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public async Task<Member> SignUpAsync(string role = "consumer")
    {
        var user = await Auth.SignUpAsync(role);
        user.Client.Dispose();
        return new Member(user.Id, user.Account.Username, role, user.AccessToken, CreateClient().WithBearer(user.AccessToken));
    }

    public async Task<Member> SignInAdminAsync()
    {
        var admin = await Auth.SignInAdminAsync();
        admin.Client.Dispose();
        return new Member(admin.Id, admin.Account.Username, "admin", admin.AccessToken, CreateClient().WithBearer(admin.AccessToken));
    }

    public async Task<T> InDbAsync<T>(Func<MarketplaceDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }

    /// <summary>
    /// What the media service does on an upload: publishes <c>media.created</c> on the shared stream. Returns once
    /// this marketplace has recorded the upload in its copy.
    /// </summary>
    public async Task<Guid> UploadMediaAsync(long ownerId)
    {
        var id = Guid.CreateVersion7();
        var created = new MediaCreated(id, ownerId, "image/jpeg", 12_345, "ad", true, 640, 480, DateTimeOffset.UtcNow);
        await PublishAsync(Topics.MediaEvents, EventEnvelope.Create(created, "agrovet/media", id.ToString(), DateTimeOffset.UtcNow, null));
        await Poll.UntilAsync(() => InDbAsync(db => db.Media.AnyAsync(m => m.Id == id, Ct)), Patience, $"media {id} to reach the marketplace", Ct);
        return id;
    }

    public Task PublishAsync(string topic, EventEnvelope envelope) =>
        Services.GetRequiredService<IEventTransport>().PublishAsync([new OutgoingEvent(topic, envelope)], Ct);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", RedisConnectionString);
        builder.UseSetting("AUTH_INTERNAL_URL", Auth.Url.ToString());
        builder.UseSetting("MEDIA_INTERNAL_URL", MediaUrl.ToString());
        builder.UseSetting("EventBus:StreamKeyPrefix", Auth.StreamKeyPrefix);
        builder.UseSetting("EventBus:ConsumerGroup", ConsumerGroup);
        builder.UseSetting("EventBus:Source", EventSource);
        builder.UseSetting("EventBus:Consumer:IdlePollInterval", "00:00:00.200");
        builder.UseSetting("EventBus:Relay:PollInterval", "00:00:00.200");
        builder.UseSetting("Marketplace:CacheKeyPrefix", _cacheKeyPrefix);
        builder.UseSetting("LOG_FORMAT", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

}
