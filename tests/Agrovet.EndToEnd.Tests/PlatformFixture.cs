using System.Reflection;
using Agrovet.AppHost.Platform;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.EndToEnd.Tests;

/// <summary>
/// The real platform started through the launcher's own code: private PostgreSQL and Redis, migrations, the
/// gateway and the services, each a real process on free loopback ports, state in a temp directory.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"agrovet-e2e-{Guid.NewGuid():N}");

    public LocalPlatform Platform { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var options = OptionsFor(_state, "auth", "media", "profiles");
        Platform = new LocalPlatform(options, new TestReporter());
        await Platform.StartAsync(TestContext.Current.CancellationToken);
        Gateway = new HttpClient { BaseAddress = Platform.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        if (Platform is not null)
        {
            await Platform.StopAsync();
        }

        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    /// <summary>The launcher's options for a test platform: free loopback ports, state (and uploads) in <paramref name="state"/>.</summary>
    public static PlatformOptions OptionsFor(string state, params string[] services) => new()
    {
        RepoRoot = RepoRoot(),
        StateDirectory = state,
        Configuration = typeof(PlatformFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!,
        PostgresPort = FreePort.ForLateServer(),
        RedisPort = FreePort.ForLateServer(),
        Ports = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.ForLateServer()),
        ManagementPorts = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.ForLateServer()),
        OnlyServices = services.ToHashSet(StringComparer.Ordinal),
        DurablePostgres = false,
        AdminPassword = "E2e-Chief-password-1",
        HealthTimeout = TimeSpan.FromSeconds(180),
        // Uploads go to the run's own directory, not the checkout's .agrovet/media.
        ExtraEnvironment = new Dictionary<string, string> { ["Media__StorageRoot"] = Path.Combine(state, "media") },
    };

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Agrovet.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Agrovet.slnx not found above the test directory.");
    }

    internal sealed class TestReporter : IPlatformReporter
    {
        public void Step(string message) => TestContext.Current.SendDiagnosticMessage("→ " + message);

        public void Done(string message) => TestContext.Current.SendDiagnosticMessage("✓ " + message);

        public void Warn(string message) => TestContext.Current.SendDiagnosticMessage("! " + message);
    }
}
