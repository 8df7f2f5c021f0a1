using Agrovet.EventBus.Outbox;
using Agrovet.Media.Data;
using Agrovet.Testing.QueryPlans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Agrovet.Media.Tests;

/// <summary>
/// The media service on real Kestrel (a loopback port, so raw sockets can cut uploads short) over its own fresh
/// database and storage directory, trusting the shared real auth service, one per test class.
/// </summary>
public sealed class MediaApiFactory(AuthServerFixture auth) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDirectory _storage = TestDirectory.Create("media-storage");
    private string? _postgres;
    private ConnectionMultiplexer? _redis;

    public AuthServer Auth => auth.Server;

    /// <summary>Every SQL command the service sent (tests that EXPLAIN listings clear it first).</summary>
    public CommandRecorder Recorder { get; } = new();

    /// <summary>The storage root the service writes under.</summary>
    public string StorageRoot => _storage.Combine("files");

    /// <summary>Where Kestrel listens (http://127.0.0.1:port).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _postgres = await infrastructure.CreateDatabaseAsync("media");
        UseKestrel(0);
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

        _storage.Dispose();
    }

    public Task<SignedInUser> SignUpAsync(string role = "consumer") => Auth.SignUpAsync(role);

    public Task<SignedInUser> SignInAdminAsync() => Auth.SignInAdminAsync();

    /// <summary>
    /// A plain client of this media service over the loopback port, sending <paramref name="user"/>'s token (or none).
    /// (The factory's own clients buffer request bodies, which hides how uploads stream.)
    /// </summary>
    public HttpClient ClientFor(SignedInUser? user)
    {
        var client = new HttpClient { BaseAddress = ServerAddress, Timeout = TimeSpan.FromSeconds(60) };
        return user is null ? client : client.WithBearer(user.AccessToken);
    }

    /// <summary>Every file under the storage root, temporary ones included, relative to it.</summary>
    public IReadOnlyList<string> FilesOnDisk() =>
        Directory.Exists(StorageRoot)
            ? [.. Directory.EnumerateFiles(StorageRoot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(StorageRoot, f))]
            : [];

    public async Task<int> RowCountAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Files.CountAsync(Ct);
    }

    /// <summary>The audit entries (<c>audit.recorded</c> outbox rows) written about file <paramref name="id"/>, oldest first, as (topic, data).</summary>
    public async Task<IReadOnlyList<(string Topic, JsonElement Data)>> AuditEntriesAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        var subject = $"media:{id}";
        var rows = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == "audit.recorded" && m.Subject == subject)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Topic, m.Data })
            .ToListAsync(Ct);
        return [.. rows.Select(r => (r.Topic, JsonDocument.Parse(r.Data).RootElement.Clone()))];
    }

    /// <summary>The events on the <c>media.events</c> stream about <paramref name="subject"/>, oldest first, as (type, data).</summary>
    public async Task<IReadOnlyList<(string Type, JsonElement Data)>> EventsAboutAsync(string subject)
    {
        var entries = await _redis!.GetDatabase().StreamRangeAsync(Auth.StreamKeyPrefix + "media.events");
        return [.. entries
            .Where(e => e["subject"] == subject)
            .Select(e => ((string)e["type"]!, JsonDocument.Parse((string)e["data"]!).RootElement.Clone()))];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", Auth.RedisConnectionString);
        builder.UseSetting("AUTH_INTERNAL_URL", Auth.Url.ToString());
        builder.UseSetting("EventBus:StreamKeyPrefix", Auth.StreamKeyPrefix);
        builder.UseSetting("EventBus:ConsumerGroup", $"media-tests-{Guid.NewGuid():N}");
        builder.UseSetting("Media:StorageRoot", StorageRoot);
        builder.UseSetting("LOG_FORMAT", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.ConfigureDbContext<MediaDbContext>(o => o.AddInterceptors(Recorder), ServiceLifetime.Singleton));
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<MediaDbContext>().Database.Migrate();
        }

        host.Start();
        return host;
    }
}
