using Agrovet.Contracts.Users;
using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agrovet.Bench.Events;

/// <summary>
/// A throwaway PostgreSQL cluster and Redis, and two services wired like real ones: "auth" raises events in its
/// database, "profiles" consumes them into its own. Everything runs on this machine and is removed on dispose.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    private readonly string _root;
    private readonly PostgresCluster _postgres;
    private readonly RedisServer _redis;
    private readonly List<WebApplication> _services = [];

    private BenchPlatform(string root, PostgresCluster postgres, RedisServer redis)
    {
        this._root = root;
        this._postgres = postgres;
        this._redis = redis;
    }

    public EffectClock Clock { get; } = new();

    public IServiceProvider Producer => _services[0].Services;

    public static async Task<BenchPlatform> StartAsync(bool durable)
    {
        // Traversable by others: as root, PostgreSQL runs as the postgres user.
        var root = Path.Combine(Path.GetTempPath(), $"agrovet-bench-events-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var postgres = new PostgresCluster(new PostgresClusterOptions
        {
            DataDirectory = Path.Combine(root, "postgres"),
            Port = FreePort.Next(),
            SuperuserPassword = "bench",
            Durable = durable,
            StopWhenProcessExits = Environment.ProcessId,
        });
        var redis = new RedisServer(new RedisServerOptions
        {
            DataDirectory = Path.Combine(root, "redis"),
            Port = FreePort.Next(),
            Persistent = false,
            StopWhenProcessExits = Environment.ProcessId,
        });
        try
        {
            await postgres.InitializeIfNeededAsync();
            await postgres.StartAsync();
            await redis.StartAsync();
        }
        catch
        {
            await redis.DisposeAsync();
            await postgres.DisposeAsync();
            Directory.Delete(root, recursive: true);
            throw;
        }

        var platform = new BenchPlatform(root, postgres, redis);
        await platform.StartServiceAsync("auth", relay: true, consume: false);
        await platform.StartServiceAsync("profiles", relay: false, consume: true);
        return platform;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.StopAsync();
            await service.DisposeAsync();
        }

        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private async Task StartServiceAsync(string name, bool relay, bool consume)
    {
        var database = $"{name}_bench";
        await _postgres.EnsureDatabaseAsync(database, name, "bench");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = $"Agrovet.{char.ToUpperInvariant(name[0])}{name[1..]}" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:Postgres"] = _postgres.ConnectionString(database, name, "bench");
        builder.Configuration["ConnectionStrings:Redis"] = _redis.ConnectionString;
        builder.AddServiceDefaults();
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDatabase<BenchDbContext>();
        builder.AddEventBus<BenchDbContext>(o => o.Relay.Enabled = relay);
        builder.Services.AddSingleton(Clock);
        if (consume)
        {
            builder.Services.AddSingleton<EffectCommitInterceptor>();
            builder.Services.ConfigureDbContext<BenchDbContext>(
                (provider, options) => options.AddInterceptors(provider.GetRequiredService<EffectCommitInterceptor>()), ServiceLifetime.Singleton);
            builder.AddEventHandler<BenchDbContext, UserCreated, CopySignupHandler>();
        }

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        _services.Add(app);
    }
}
