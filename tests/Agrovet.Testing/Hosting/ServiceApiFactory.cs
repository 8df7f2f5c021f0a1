using System.Globalization;
using System.Text.Json;
using Agrovet.Contracts.Events;
using Agrovet.EventBus.Transport;
using Agrovet.ServiceDefaults.Commands;
using Agrovet.Testing.QueryPlans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;
using static Agrovet.Testing.TestCancellation;

namespace Agrovet.Testing;

/// <summary>
/// A service in memory over its own fresh database, migrated before the host starts (its outbox relay and event
/// consumers start with it and expect their tables), with the settings every test host shares: environment Testing,
/// its connection strings, its own consumer group and event source, quick event-bus polling, plain-text warnings.
/// A service other than auth trusts a real <see cref="AuthServer"/> and shares its Redis and event streams; auth itself
/// passes none and gets a Redis database and streams of its own. One per test class (<c>IClassFixture</c>); a subclass
/// adds its settings by overriding <see cref="ConfigureWebHost"/> (calling this one first).
/// </summary>
public abstract class ServiceApiFactory<TProgram, TDbContext> : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
    where TDbContext : DbContext
{
    /// <summary>How long tests wait for what travels through the event bus.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _service;
    private readonly string _topic;
    private readonly AuthServer? _auth;
    private string? _postgres;
    private string? _redis;
    private string? _streamKeyPrefix;
    private EventStreamProbe? _streams;

    /// <param name="service">The service's name: its database is named after it, and its consumer group starts with it.</param>
    /// <param name="topic">The topic the service raises its own events on (e.g. <c>Topics.MediaEvents</c>).</param>
    /// <param name="auth">The auth service it trusts; null for the auth service itself.</param>
    protected ServiceApiFactory(string service, string topic, AuthServer? auth)
    {
        _service = service;
        _topic = topic;
        _auth = auth;
        ConsumerGroup = $"{service}-{Guid.NewGuid().ToString("N")[..12]}";
    }

    /// <summary>The real auth service this one trusts: it signs users up and issues their tokens.</summary>
    public AuthServer Auth => _auth ?? throw new InvalidOperationException($"The {_service} factory has no auth server of its own to ask.");

    /// <summary>This instance's consumer group on every topic it consumes.</summary>
    public string ConsumerGroup { get; }

    /// <summary>The <c>source</c> of this instance's events, telling them apart from other test classes' on shared streams.</summary>
    public string EventSource => $"agrovet/{ConsumerGroup}";

    public string PostgresConnectionString => _postgres ?? throw NotStarted();

    /// <summary>The Redis this instance uses (cache, denylist, event streams).</summary>
    public string RedisConnectionString => _redis ?? throw NotStarted();

    /// <summary>The prefix of the event streams this instance reads and writes.</summary>
    public string StreamKeyPrefix => _streamKeyPrefix ?? throw NotStarted();

    /// <summary>Reads the event streams this instance reads and writes.</summary>
    public EventStreamProbe Streams => _streams ?? throw NotStarted();

    /// <summary>Every SQL command the service sent, when <see cref="RecordsCommands"/> (tests that EXPLAIN clear it first).</summary>
    public CommandRecorder Recorder { get; } = new();

    /// <summary>Where Kestrel listens (http://127.0.0.1:port), when <see cref="ListensOnLoopbackPort"/>.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>True to serve on real Kestrel on a free loopback port (for raw sockets and streamed bodies) instead of the in-memory test server.</summary>
    protected virtual bool ListensOnLoopbackPort => false;

    /// <summary>True to keep every SQL command in <see cref="Recorder"/>.</summary>
    protected virtual bool RecordsCommands => false;

    public virtual async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _postgres = await infrastructure.CreateDatabaseAsync(_service);
        _redis = RedisConnectionStringFor(infrastructure);
        _streamKeyPrefix = NewStreamKeyPrefix();
        _streams = new EventStreamProbe(_redis, _streamKeyPrefix);
        if (ListensOnLoopbackPort)
        {
            UseKestrel(0);
        }

        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_streams is not null)
        {
            await _streams.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Registers a made-up account with <paramref name="role"/> and signs it in; its client is one of this service.</summary>
    public virtual async Task<SignedInUser> SignUpAsync(string role = "consumer") => WithClientOfThisService(await Auth.SignUpAsync(role));

    /// <summary>Signs the administrator in; their client is one of this service.</summary>
    public virtual async Task<SignedInUser> SignInAdminAsync() => WithClientOfThisService(await Auth.SignInAdminAsync());

    /// <summary>A client of this service sending <paramref name="user"/>'s token (or none).</summary>
    public HttpClient ClientFor(SignedInUser? user) => ClientWithToken(user?.AccessToken);

    /// <summary>Runs <paramref name="query"/> on a DbContext of this service's own, in a scope of its own.</summary>
    public async Task<T> InDbAsync<T>(Func<TDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    /// <summary>Runs a verb (<c>ensure-admin</c>, <c>rotate-keys</c>, ...) against this instance's services; returns its exit code.</summary>
    public async Task<int> RunCommandAsync(string name)
    {
        var command = Services.GetServices<IServiceCommand>().Single(c => c.Name == name);
        await using var scope = Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, Ct);
    }

    /// <summary>Publishes <paramref name="envelope"/> on <paramref name="topic"/> through this service's transport, as another service would.</summary>
    public Task PublishAsync(string topic, EventEnvelope envelope) =>
        Services.GetRequiredService<IEventTransport>().PublishAsync([new OutgoingEvent(topic, envelope)], Ct);

    /// <summary>The events this instance published on its topic, oldest first.</summary>
    public Task<IReadOnlyList<StreamEvent>> EventsAsync() => Streams.ReadAsync(_topic, EventSource);

    /// <summary>The events this instance published on its topic about <paramref name="subject"/>, oldest first.</summary>
    public Task<IReadOnlyList<StreamEvent>> EventsAboutAsync(string subject) => Streams.AboutAsync(_topic, subject, EventSource);

    /// <inheritdoc cref="EventsAboutAsync(string)"/>
    public Task<IReadOnlyList<StreamEvent>> EventsAboutAsync(long subject) => EventsAboutAsync(subject.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Waits until this instance publishes an event of <paramref name="type"/> about <paramref name="subject"/> on its topic
    /// (matching <paramref name="match"/> when given); returns the data of the latest such event.
    /// </summary>
    public Task<JsonElement> WaitForEventAsync(string type, string subject, Func<JsonElement, bool>? match = null) =>
        Streams.WaitForAsync(_topic, type, subject, match, EventSource, Patience, Ct);

    /// <inheritdoc cref="WaitForEventAsync(string, string, Func{JsonElement, bool}?)"/>
    public Task<JsonElement> WaitForEventAsync(string type, long subject, Func<JsonElement, bool>? match = null) =>
        WaitForEventAsync(type, subject.ToString(CultureInfo.InvariantCulture), match);

    /// <summary>The rows of this service's outbox about <paramref name="subject"/> (of <paramref name="type"/> when given), oldest first.</summary>
    public Task<IReadOnlyList<OutboxRow>> OutboxAsync(string subject, string? type = null) =>
        InDbAsync(db => db.OutboxRowsAsync(subject, type, Ct));

    /// <summary>The audit entries (<c>audit.recorded</c> outbox rows) this service wrote about one object, oldest first.</summary>
    public async Task<IReadOnlyList<AuditRow>> AuditEntriesAsync(string objectType, string objectId) =>
        [.. (await OutboxAsync($"{objectType}:{objectId}", "audit.recorded")).Select(r => new AuditRow(r.Topic, r.Data))];

    /// <inheritdoc cref="AuditEntriesAsync(string, string)"/>
    public Task<IReadOnlyList<AuditRow>> AuditEntriesAsync(string objectType, long objectId) =>
        AuditEntriesAsync(objectType, objectId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The single audit entry about the object, bound for <c>audit.events</c>; fails when there is none or more than one.</summary>
    public async Task<JsonElement> SingleAuditEntryAsync(string objectType, long objectId)
    {
        var entry = Assert.Single(await AuditEntriesAsync(objectType, objectId));
        Assert.Equal(Topics.AuditEvents, entry.Topic);
        return entry.Data;
    }

    /// <summary>Where Redis is for this instance: the auth server's (shared streams and denylist), or for auth a database of its own.</summary>
    protected virtual string RedisConnectionStringFor(TestInfrastructure infrastructure)
    {
        ArgumentNullException.ThrowIfNull(infrastructure);
        return _auth?.RedisConnectionString ?? infrastructure.CreateRedisDatabaseConnectionString();
    }

    /// <summary>The prefix of this instance's event streams: the auth server's (it hears the other services), or for auth one of its own.</summary>
    protected virtual string NewStreamKeyPrefix() => _auth?.StreamKeyPrefix ?? TestInfrastructure.CreateRedisKeyPrefix("events");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        if (ListensOnLoopbackPort)
        {
            builder.UseUrls("http://127.0.0.1:0");
        }

        builder.UseSetting("ConnectionStrings:Postgres", PostgresConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", RedisConnectionString);
        if (_auth is not null)
        {
            builder.UseSetting("AUTH_INTERNAL_URL", _auth.Url.ToString());
        }

        builder.UseSetting("EventBus:StreamKeyPrefix", StreamKeyPrefix);
        builder.UseSetting("EventBus:ConsumerGroup", ConsumerGroup);
        builder.UseSetting("EventBus:Source", EventSource);
        builder.UseSetting("EventBus:Consumer:IdlePollInterval", "00:00:00.200");
        builder.UseSetting("EventBus:Relay:PollInterval", "00:00:00.200");
        builder.UseSetting("LOG_FORMAT", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (RecordsCommands)
        {
            builder.ConfigureServices(services => services.ConfigureDbContext<TDbContext>(o => o.AddInterceptors(Recorder), ServiceLifetime.Singleton));
        }
    }

    /// <summary>Every client of the service under test asks for English (<see cref="TestLanguage"/>), which the assertions read.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.InLanguage(TestLanguage.Default);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TDbContext>().Database.Migrate();
        }

        host.Start();
        return host;
    }

    private static InvalidOperationException NotStarted() => new("The factory has not been initialized yet (InitializeAsync).");

    private SignedInUser WithClientOfThisService(SignedInUser user)
    {
        user.Client.Dispose();
        return user with { Client = ClientWithToken(user.AccessToken) };
    }

    private HttpClient ClientWithToken(string? accessToken)
    {
        // On Kestrel, a plain client over the loopback port: the factory's own clients buffer request bodies, which hides how uploads stream.
        var client = ListensOnLoopbackPort
            ? new HttpClient { BaseAddress = ServerAddress, Timeout = TimeSpan.FromSeconds(60) }.InLanguage(TestLanguage.Default)
            : CreateClient();
        return accessToken is null ? client : client.WithBearer(accessToken);
    }
}
