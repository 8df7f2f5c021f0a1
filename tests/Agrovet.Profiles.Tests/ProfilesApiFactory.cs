using Agrovet.EventBus.Outbox;
using Agrovet.Profiles.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Agrovet.Profiles.Tests;

/// <summary>
/// The profiles service in memory over its own fresh database, trusting the real auth service, asking the real media
/// service, and consuming both services' events in a consumer group of its own; one per test class.
/// </summary>
public class ProfilesApiFactory(PlatformServices services) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _postgres;
    private ConnectionMultiplexer? _redis;

    public AuthServer Auth => services.Auth;

    public MediaServer Media => services.Media;

    /// <summary>Where this instance reads and writes events: auth's and media's streams unless a subclass cuts it off.</summary>
    protected virtual string StreamKeyPrefix => Auth.StreamKeyPrefix;

    /// <summary>Where this instance finds the media service.</summary>
    protected virtual Uri MediaUrl => services.Media.ServerAddress;

    public virtual async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _postgres = await infrastructure.CreateDatabaseAsync("profiles");
        StartServer();
        _redis = await ConnectionMultiplexer.ConnectAsync(Auth.RedisConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    public Task<SignedInUser> SignUpAsync(string role) => Auth.SignUpAsync(role);

    public Task<SignedInUser> SignInAdminAsync() => Auth.SignInAdminAsync();

    /// <summary>A client of this profiles service with <paramref name="user"/>'s token (or none).</summary>
    public HttpClient ClientFor(SignedInUser? user)
    {
        var client = CreateClient();
        return user is null ? client : client.WithBearer(user.AccessToken);
    }

    /// <summary>The events on <c>profile.events</c> about profile <paramref name="profileId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<(string Type, JsonElement Data)>> EventsAboutAsync(long profileId)
    {
        var entries = await _redis!.GetDatabase().StreamRangeAsync(StreamKeyPrefix + "profile.events");
        return [.. entries
            .Where(e => e["subject"] == profileId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => ((string)e["type"]!, JsonDocument.Parse((string)e["data"]!).RootElement.Clone()))];
    }

    /// <summary>The audit entries (<c>audit.recorded</c> outbox rows) about <paramref name="objectId"/> (<c>{kind}:{id}</c>), oldest first, as (topic, data).</summary>
    public Task<List<(string Topic, JsonElement Data)>> AuditEntriesAsync(string objectId) =>
        InDatabaseAsync(async db =>
        {
            var subject = $"profile:{objectId}";
            var rows = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Type == "audit.recorded" && m.Subject == subject)
                .OrderBy(m => m.Id)
                .Select(m => new { m.Topic, m.Data })
                .ToListAsync(Ct);
            return rows.Select(r => (r.Topic, JsonDocument.Parse(r.Data).RootElement.Clone())).ToList();
        });

    public async Task<T> InDatabaseAsync<T>(Func<ProfilesDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProfilesDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", Auth.RedisConnectionString);
        builder.UseSetting("AUTH_INTERNAL_URL", Auth.Url.ToString());
        builder.UseSetting("MEDIA_INTERNAL_URL", MediaUrl.ToString());
        builder.UseSetting("EventBus:StreamKeyPrefix", StreamKeyPrefix);
        builder.UseSetting("EventBus:ConsumerGroup", $"profiles-tests-{Guid.NewGuid():N}");
        builder.UseSetting("LOG_FORMAT", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() => [];

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<ProfilesDbContext>().Database.Migrate();
        }

        host.Start();
        return host;
    }
}
