using Agrovet.Contracts.Users;
using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Redis;
using Agrovet.EventBus.Transport;
using Agrovet.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>
/// One service process, wired the way a service's Program.cs wires it (ServiceDefaults, its database, the event bus),
/// on a free port. Stopping it cancels the relay and the consumers where they are, like a process that ends.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    public const string ConsumerGroup = "accounts";

    private readonly WebApplication _app;
    private bool _stopped;

    private ServiceHost(WebApplication app)
    {
        this._app = app;
    }

    public IServiceProvider Services => _app.Services;

    public HandlerProbe Probe => _app.Services.GetRequiredService<HandlerProbe>();

    public static async Task<ServiceHost> StartAsync(
        ServiceHostSpec spec, string postgres, string redis, string streamKeyPrefix, ITestOutputHelper? output, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServiceHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:Postgres"] = postgres;
        builder.Configuration["ConnectionStrings:Redis"] = spec.Redis ?? redis;
        builder.AddServiceDefaults();
        builder.Logging.ClearProviders();
        if (output is not null)
        {
            builder.Logging.AddProvider(new TestOutputLoggerProvider(output, spec.Name));
        }

        builder.Services.AddSingleton<HandlerProbe>();
        if (spec.WrapTransport is { } wrap)
        {
            builder.Services.AddSingleton(provider => wrap(new RedisStreamsTransport(
                provider.GetRequiredService<IConnectionMultiplexer>(), provider.GetRequiredService<IOptions<EventBusOptions>>())));
        }

        void Configure(EventBusOptions options)
        {
            options.StreamKeyPrefix = streamKeyPrefix;
            options.ConsumerGroup = ConsumerGroup;
            options.ConsumerName = $"{spec.Name}-{Guid.NewGuid():N}"[..24];
            options.Relay.Enabled = spec.Relay;
            options.Relay.PollInterval = TimeSpan.FromMilliseconds(500);
            options.Relay.LeaderRetryInterval = TimeSpan.FromMilliseconds(300);
            options.Relay.RetryInitialDelay = TimeSpan.FromMilliseconds(20);
            options.Relay.RetryMaxDelay = TimeSpan.FromMilliseconds(500);
            options.Consumer.IdlePollInterval = TimeSpan.FromMilliseconds(500);
            options.Consumer.ClaimInterval = TimeSpan.FromMilliseconds(250);
            options.Consumer.RetryInitialDelay = TimeSpan.FromMilliseconds(20);
            options.Consumer.RetryMaxDelay = TimeSpan.FromMilliseconds(500);
            spec.Configure?.Invoke(options);
        }

        if (spec.WithoutDatabase)
        {
            // Its effects land in the test's database all the same, outside any transaction of the bus.
            builder.Services.AddSingleton(new AccountCopyStore(postgres));
            builder.AddEventBus(Configure);
            builder.AddEventHandler<UserCreated, RecordAccountHandler>();
        }
        else
        {
            builder.AddServiceDatabase<TestDbContext>();
            builder.AddEventBus<TestDbContext>(Configure);
            if (spec.Consumer)
            {
                builder.AddEventHandler<TestDbContext, UserCreated, CopyAccountHandler>();
            }
        }

        var app = builder.Build();
        await app.StartAsync(cancellationToken);
        return new ServiceHost(app);
    }

    /// <summary>Stops the host: the relay and consumers are cancelled wherever they are.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
