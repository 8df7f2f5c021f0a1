using System.Diagnostics;
using System.Reflection;
using Agrovet.AppHost.Platform;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.Testing;
using Npgsql;

namespace Agrovet.Faults.Tests;

/// <summary>
/// The real platform, started once for the suite through the launcher's own code (<see cref="LocalPlatform"/>):
/// private PostgreSQL and Redis, the gateway, auth, media, profiles, marketplace and two chat instances as real processes
/// on free loopback ports. The media store is a small tmpfs of its own when this process may mount one (root), so a test can
/// fill it up.
/// </summary>
public sealed class FaultPlatform : IAsyncLifetime
{
    /// <summary>Size of the media store's own file system.</summary>
    public const long MediaStoreBytes = 4 * 1024 * 1024;

    private readonly string _state = Path.Combine(Path.GetTempPath(), $"agrovet-faults-{Guid.NewGuid():N}");

    public LocalPlatform Platform { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Where the media service keeps its files.</summary>
    public string MediaDirectory => Path.Combine(_state, "media");

    /// <summary>True when <see cref="MediaDirectory"/> is a tmpfs of <see cref="MediaStoreBytes"/> (mounting needs root).</summary>
    public bool MediaStoreIsSmallDisk { get; private set; }

    /// <summary>Why the media store could not get a file system of its own, when it could not.</summary>
    public string? MediaStoreMountError { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(MediaDirectory);
        (MediaStoreIsSmallDisk, MediaStoreMountError) = await MountAsync(
            ["-t", "tmpfs", "-o", $"size={MediaStoreBytes},mode=0777", "agrovet-faults-media", MediaDirectory]);
        Platform = new LocalPlatform(Options(), new Reporter());
        await Platform.StartAsync(Ct);
        Gateway = NewGatewayClient();
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        if (Platform is not null)
        {
            await Platform.StopAsync();
        }

        if (MediaStoreIsSmallDisk)
        {
            await MountAsync(["-l", MediaDirectory], "umount");
        }

        // AGROVET_KEEP_TEST_STATE=1 keeps the logs and data of a failed run for reading.
        if (Directory.Exists(_state) && Environment.GetEnvironmentVariable("AGROVET_KEEP_TEST_STATE") != "1")
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    public ServiceDefinition Service(string name) => Platform.Services.Single(s => s.Name == name);

    /// <summary>A client of the gateway (each signed-in user gets one of its own).</summary>
    public HttpClient NewGatewayClient() => new() { BaseAddress = Platform.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Registers an account with <paramref name="role"/> through the gateway and signs it in.</summary>
    public Task<SignedInUser> SignUpAsync(string role = "consumer") => AuthApi.SignUpAsync(NewGatewayClient, role);

    /// <summary>A connection to <paramref name="service"/>'s own database, as the service's role.</summary>
    public async Task<NpgsqlConnection> OpenDatabaseAsync(string service, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Platform.DatabaseConnectionString(Service(service))) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// The services' log lines that mention <paramref name="traceId"/> (errors carry it), so a test that got an
    /// unexpected answer can say what the service saw.
    /// </summary>
    public IEnumerable<string> LogLinesOf(string traceId) =>
        Directory.EnumerateFiles(Path.Combine(_state, "logs"), "*.log")
            .SelectMany(file => ReadShared(file).Where(line => line.Contains(traceId, StringComparison.Ordinal)).Select(line => $"{Path.GetFileName(file)}: {line}"));

    /// <summary>
    /// Waits until every service answers its readiness check. A check opens a database connection, so after a
    /// PostgreSQL restart it also clears the connections the restart broke, as an orchestrator's probes would.
    /// </summary>
    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var service in Platform.Services)
        {
            var url = new Uri(Platform.ManagementUrlOf(service), "/health/ready");
            await Poll.UntilAsync(
                async () =>
                {
                    try
                    {
                        using var response = await client.GetAsync(url, cancellationToken);
                        return response.IsSuccessStatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                TimeSpan.FromSeconds(60),
                $"{service.Name} to be ready",
                cancellationToken);
        }
    }

    /// <summary>Runs a query that answers one number in <paramref name="service"/>'s database.</summary>
    public async Task<long> CountAsync(string service, string sql, Action<NpgsqlParameterCollection>? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenDatabaseAsync(service, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        parameters?.Invoke(command.Parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private PlatformOptions Options() => new()
    {
        RepoRoot = RepoPaths.Root,
        StateDirectory = _state,
        Configuration = typeof(FaultPlatform).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!,
        PostgresPort = FreePort.ForLateServer(),
        RedisPort = FreePort.ForLateServer(),
        Ports = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.ForLateServer()),
        ManagementPorts = ServiceCatalog.All.ToDictionary(s => s.Name, _ => FreePort.ForLateServer()),
        OnlyServices = new HashSet<string>(["auth", "media", "profiles", "marketplace", "chat"], StringComparer.Ordinal),
        // Two chat instances behind the gateway, as replicas in a cluster: each room's sockets meet on one of them.
        ExtraInstances = new Dictionary<string, IReadOnlyList<InstancePorts>> { ["chat"] = [new(FreePort.ForLateServer(), FreePort.ForLateServer())] },
        DurablePostgres = false,
        AdminPassword = "Faults-Chief-password-1",
        HealthTimeout = TimeSpan.FromSeconds(180),
        ExtraEnvironment = new Dictionary<string, string>
        {
            ["Media__StorageRoot"] = MediaDirectory,
            // The load comes from one address: the gateway's per-client budgets would measure themselves, not the faults.
            ["RateLimiting__Policies__Default__PermitLimit"] = "100000000",
            ["RateLimiting__Policies__Strict__PermitLimit"] = "100000000",
            // A chat instance that was killed is left out within about two seconds, not ten.
            ["Gateway__Upstreams__InstanceHealthInterval"] = "00:00:01",
        },
    };

    private static async Task<(bool Done, string? Error)> MountAsync(IReadOnlyList<string> arguments, string program = "mount")
    {
        if (!OperatingSystem.IsLinux())
        {
            return (false, "not Linux");
        }

        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? (true, null) : (false, $"{program} exited with {process.ExitCode}: {error.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
    }

    private sealed class Reporter : IPlatformReporter
    {
        public void Step(string message) => TestContext.Current.SendDiagnosticMessage("→ " + message);

        public void Done(string message) => TestContext.Current.SendDiagnosticMessage("✓ " + message);

        public void Warn(string message) => TestContext.Current.SendDiagnosticMessage("! " + message);
    }
}
