using System.Net.Http.Headers;
using System.Net.WebSockets;
using Agrovet.Contracts.Events;
using Agrovet.EventBus.Transport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Compute.Service.Tests.Support;

/// <summary>
/// The compute service on real Kestrel (real WebSockets) over a datasets folder of its own (links to the assembly's
/// sample datasets), pointed at the shared real auth service (tokens, JWKS) and its Redis and event streams, with a
/// consumer group and Redis key prefix of its own. One per test class; subclasses change settings.
/// </summary>
public class ComputeApiFactory(AuthServerFixture auth, SampleDatasets samples) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TestDirectory _datasets = TestDirectory.Create("compute-service");

    public AuthServer Auth => auth.Server;

    public string DatasetsFolder => _datasets.Path;

    public string ConsumerGroup { get; } = $"compute-{Guid.NewGuid():N}"[..24];

    public string KeyPrefix { get; } = TestInfrastructure.CreateRedisKeyPrefix("compute") + ":";

    /// <summary>Where Kestrel listens (http://127.0.0.1:port).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public virtual ValueTask InitializeAsync()
    {
        foreach (var dataset in Directory.EnumerateDirectories(samples.Folder))
        {
            Directory.CreateSymbolicLink(Path.Combine(_datasets.Path, Path.GetFileName(dataset)), dataset);
        }
        UseKestrel(0);
        StartServer();
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _datasets.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A made-up account of the role, signed in, and a client of this service that sends its token.</summary>
    public async Task<SignedInUser> SignUpAsync(string role = "consumer")
    {
        var user = await Auth.SignUpAsync(role);
        user.Client.Dispose();
        return user with { Client = CreatePlainClient(user.AccessToken) };
    }

    /// <summary>A client of this service with no token, or with the one given (garbage included); it asks for English (<see cref="TestLanguage"/>).</summary>
    public HttpClient CreatePlainClient(string? token = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = ServerAddress }.InLanguage(TestLanguage.Default);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>
    /// Opens /ws/compute with the token in the query string, asking for <paramref name="language"/> (English unless said,
    /// none for null); the response details are kept for refused upgrades.
    /// </summary>
    public async Task<ClientWebSocket> ConnectAsync(string? token, CancellationToken cancellationToken, string? language = TestLanguage.Default)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (language is not null)
        {
            socket.Options.SetRequestHeader("Accept-Language", language);
        }

        var query = token is null ? "" : $"?token={Uri.EscapeDataString(token)}";
        await socket.ConnectAsync(new Uri($"ws://{ServerAddress.Authority}/ws/compute{query}"), cancellationToken);
        return socket;
    }

    public Task PublishAsync(string topic, EventEnvelope envelope) =>
        Services.GetRequiredService<IEventTransport>().PublishAsync([new OutgoingEvent(topic, envelope)], Ct);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Redis", Auth.RedisConnectionString);
        builder.UseSetting("AUTH_INTERNAL_URL", Auth.Url.ToString());
        builder.UseSetting("EventBus:StreamKeyPrefix", Auth.StreamKeyPrefix);
        builder.UseSetting("EventBus:ConsumerGroup", ConsumerGroup);
        builder.UseSetting("EventBus:Consumer:IdlePollInterval", "00:00:00.200");
        builder.UseSetting("Compute:DatasetsDirectory", _datasets.Path);
        builder.UseSetting("Compute:GenerateWhenEmpty", "");
        builder.UseSetting("Compute:Gpu", "off");
        builder.UseSetting("Compute:Export:KeyPrefix", KeyPrefix);
        builder.UseSetting("Compute:Export:InitialDelay", "01:00:00");
        builder.UseSetting("Compute:Export:Interval", "01:00:00");
        builder.UseSetting("LOG_FORMAT", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Settings a subclass changes (e.g. a longer full-render delay).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() => [];
}
