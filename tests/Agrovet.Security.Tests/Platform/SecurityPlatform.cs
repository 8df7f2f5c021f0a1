using System.Reflection;
using Agrovet.AppHost.Platform;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Platform;

/// <summary>
/// The whole platform, every service on, started once for this project through the launcher's own code: private
/// PostgreSQL and Redis, migrations, the gateway and each service as a real process on free loopback ports. Requests
/// go through the gateway, as a client's would. Rate limits and the per-address sign-in (and reset-link) throttles are raised, since
/// every request here comes from one address; the limits themselves are tested by the gateway's and auth's suites.
/// </summary>
public sealed class SecurityPlatform : IAsyncLifetime
{
    public const string AdminUsername = "admin";
    public const string AdminPassword = "Security-Chief-password-1";

    private readonly string _state = Path.Combine(Path.GetTempPath(), $"agrovet-security-{Guid.NewGuid():N}");

    private readonly SemaphoreSlim _accountsGate = new(1, 1);
    private Accounts? _accounts;

    public LocalPlatform Platform { get; private set; } = null!;

    public Uri GatewayUrl => Platform.GatewayUrl;

    public async ValueTask InitializeAsync()
    {
        Platform = new LocalPlatform(Options(), new Reporter());
        await Platform.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _accountsGate.Dispose();
        if (Platform is not null)
        {
            await Platform.StopAsync();
        }

        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    /// <summary>The accounts every test class shares, registered on first use.</summary>
    public async Task<Accounts> AccountsAsync()
    {
        await _accountsGate.WaitAsync(Ct);
        try
        {
            return _accounts ??= await Accounts.CreateAsync(this);
        }
        finally
        {
            _accountsGate.Release();
        }
    }

    /// <summary>A client of the gateway without a token, answering in English.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = GatewayUrl, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(TestLanguage.Default);
        return client;
    }

    /// <summary>The platform's log of <paramref name="service"/>, last lines, for failure messages.</summary>
    public string LogTail(string service, int lines = 30)
    {
        var path = Path.Combine(_state, "logs", $"{service}.log");
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(lines)) : $"(no log at {path})";
    }

    private PlatformOptions Options() => new()
    {
        RepoRoot = RepoPaths.Root,
        StateDirectory = _state,
        Configuration = typeof(SecurityPlatform).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!,
        PostgresPort = FreePort.Next(),
        RedisPort = FreePort.Next(),
        Ports = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.Next()),
        ManagementPorts = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.Next()),
        DurablePostgres = false,
        AdminPassword = AdminPassword,
        HealthTimeout = TimeSpan.FromSeconds(240),
        ExtraEnvironment = new Dictionary<string, string>
        {
            ["Media__StorageRoot"] = Path.Combine(_state, "media"),
            ["RateLimiting__Policies__Default__PermitLimit"] = "100000000",
            ["RateLimiting__Policies__Strict__PermitLimit"] = "100000000",
            ["Auth__LoginFailuresPerAddress"] = "100000000",
            ["Auth__PasswordResetRequestsPerAddress"] = "100000000",
        },
    };

    private sealed class Reporter : IPlatformReporter
    {
        public void Step(string message) => TestContext.Current.SendDiagnosticMessage("→ " + message);

        public void Done(string message) => TestContext.Current.SendDiagnosticMessage("✓ " + message);

        public void Warn(string message) => TestContext.Current.SendDiagnosticMessage("! " + message);
    }
}
