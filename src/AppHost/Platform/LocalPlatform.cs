using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Agrovet.AppHost.Telemetry;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults.Configuration;
using Npgsql;

namespace Agrovet.AppHost.Platform;

/// <summary>
/// The whole platform on one machine: a private PostgreSQL cluster and Redis under the state directory, a
/// database and role per service, migrations, every present service, and a wait until all report ready.
/// </summary>
public sealed class LocalPlatform(PlatformOptions options, IPlatformReporter reporter) : IAsyncDisposable
{
    private readonly List<(ServiceDefinition Service, DotnetProcess Process)> _running = [];
    private readonly List<DotnetProcess> _replicas = [];
    private PostgresCluster? _postgres;
    private RedisServer? _redis;
    private PlatformSecrets _secrets = new();
    private TelemetryServers? _telemetry;

    public PlatformOptions Options => options;

    public IReadOnlyList<ServiceDefinition> Services { get; private set; } = [];

    /// <summary>Set when this start generated the admin password (it is printed once, then kept in secrets.json).</summary>
    public string? GeneratedAdminPassword { get; private set; }

    public string AdminPassword => _secrets.AdminPassword ?? string.Empty;

    public Uri GatewayUrl => UrlOf(ServiceCatalog.Gateway);

    public Uri UrlOf(ServiceDefinition service) => new($"http://127.0.0.1:{options.PortOf(service)}");

    /// <summary>The service's management port (<c>/metrics</c>, health), on loopback only.</summary>
    public Uri ManagementUrlOf(ServiceDefinition service) => new($"http://127.0.0.1:{options.ManagementPortOf(service)}");

    /// <summary>Every process this platform started and that still runs (servers and services).</summary>
    public IReadOnlyList<int> ProcessIds =>
    [
        .. _running.Where(r => !r.Process.HasExited).Select(r => r.Process.ProcessId),
        .. new[] { _postgres?.ProcessId, _redis?.ProcessId }.OfType<int>(),
    ];

    /// <summary>The pid of <paramref name="name"/>'s process while it runs (the soak reads each service's memory).</summary>
    public int? ProcessIdOf(string name) =>
        _running.Where(r => r.Service.Name == name && !r.Process.HasExited).Select(r => (int?)r.Process.ProcessId).FirstOrDefault();

    /// <summary>Prometheus and the Aspire Dashboard when <see cref="PlatformOptions.Telemetry"/> is set and the platform started.</summary>
    public TelemetryServers? Telemetry => _telemetry;

    public string RedisConnectionString => _redis?.ConnectionString ?? $"127.0.0.1:{options.RedisPort}";

    /// <summary>The platform's PostgreSQL cluster once started (the fault tests stop and start it under load).</summary>
    public PostgresCluster? Postgres => _postgres;

    /// <summary>The platform's Redis server once started (the fault tests kill it and start it again).</summary>
    public RedisServer? Redis => _redis;

    /// <summary>The connection string the platform gives <paramref name="service"/> for its own database.</summary>
    public string DatabaseConnectionString(ServiceDefinition service) =>
        _postgres is not null && service.HasDatabase
            ? _postgres.ConnectionString(service.Database!, service.DatabaseRole!, _secrets.RolePassword(service.DatabaseRole!))
            : throw new InvalidOperationException($"{service.Name} has no database on this platform, or the platform has not started.");

    /// <summary>
    /// Stops one running service: SIGKILL when <paramref name="kill"/> (a crash: nothing flushed, no goodbye), SIGTERM
    /// otherwise. <see cref="StartServiceAsync"/> brings it back.
    /// </summary>
    public async Task StopServiceAsync(string name, bool kill)
    {
        var index = _running.FindIndex(r => r.Service.Name == name);
        if (index < 0)
        {
            throw new InvalidOperationException($"{name} is not running on this platform.");
        }

        var (service, process) = _running[index];
        _running.RemoveAt(index);
        reporter.Step($"{(kill ? "Killing" : "Stopping")} {service.Name} (pid {process.ProcessId})");
        if (kill && !process.HasExited)
        {
            ProcessSignals.Kill(process.ProcessId);
        }

        await process.DisposeAsync();
    }

    /// <summary>Starts a service of this platform again (after <see cref="StopServiceAsync"/>) and waits until it is ready.</summary>
    public async Task StartServiceAsync(string name, CancellationToken cancellationToken)
    {
        var service = Services.SingleOrDefault(s => s.Name == name)
            ?? throw new InvalidOperationException($"{name} is not a service of this platform.");
        if (_running.Any(r => r.Service.Name == name))
        {
            throw new InvalidOperationException($"{name} is already running.");
        }

        var logPath = Path.Combine(options.StateDirectory, "logs", $"{service.Name}.log");
        var process = DotnetProcess.Start(service.Name, service.AssemblyPath(options.RepoRoot, options.Configuration), [], EnvironmentFor(service), logPath);
        _running.Add((service, process));
        await WaitUntilReadyAsync([(service, process, UrlOf(service))], cancellationToken);
    }

    /// <summary>The URLs of a service's instances, the first one's first (one URL unless it has <see cref="PlatformOptions.ExtraInstances"/>).</summary>
    public IReadOnlyList<Uri> InstanceUrlsOf(ServiceDefinition service) =>
        [UrlOf(service), .. ExtraInstancesOf(service).Select(ports => LoopbackUrl(ports.Port))];

    /// <summary>The management URLs (<c>/metrics</c>, health) of a service's instances, the first one's first.</summary>
    public IReadOnlyList<Uri> InstanceManagementUrlsOf(ServiceDefinition service) =>
        [ManagementUrlOf(service), .. ExtraInstancesOf(service).Select(ports => LoopbackUrl(ports.ManagementPort))];

    private IReadOnlyList<InstancePorts> ExtraInstancesOf(ServiceDefinition service) =>
        options.ExtraInstances.TryGetValue(service.Name, out var extra) ? extra : [];

    private static Uri LoopbackUrl(int port) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>One more instance of <paramref name="service"/> with the same database, Redis and settings, on its own ports (what a replica is in a cluster); stopped with the platform.</summary>
    private (DotnetProcess Process, Uri Url) StartInstance(ServiceDefinition service, InstancePorts ports)
    {
        var url = LoopbackUrl(ports.Port);
        var environment = EnvironmentFor(service);
        environment["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        environment["Agrovet__ManagementPort"] = ports.ManagementPort.ToString(CultureInfo.InvariantCulture);
        var name = $"{service.Name}-{ports.Port.ToString(CultureInfo.InvariantCulture)}";
        var process = DotnetProcess.Start(name, service.AssemblyPath(options.RepoRoot, options.Configuration), [], environment, Path.Combine(options.StateDirectory, "logs", $"{name}.log"));
        _replicas.Add(process);
        return (process, url);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        CheckBuilt(options.SelectedServices());
        CheckTelemetryPortsFree();
        CheckServicePortsFree();
        await StartDataAsync(cancellationToken);
        if (options.Telemetry is { } telemetry)
        {
            _telemetry = new TelemetryServers(telemetry, options.StateDirectory, options.RepoRoot, reporter);
            await _telemetry.StartAsync(Services.SelectMany(s => InstanceManagementUrlsOf(s).Select(url => (s.Name, url.Port))), cancellationToken);
        }

        await RunSetupCommandsAsync(cancellationToken);
        // Again: PostgreSQL's start and the migrations take long enough for another program to take a port.
        CheckServicePortsFree();
        var extra = StartServices();
        await WaitUntilReadyAsync([.. _running.Select(r => (r.Service, r.Process, UrlOf(r.Service))), .. extra], cancellationToken);
        reporter.Done(string.Create(CultureInfo.InvariantCulture, $"Agrovet is up in {started.Elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>
    /// Only PostgreSQL and Redis, with every present service's database and role (backup and restore use this when
    /// the platform is not running). <see cref="StopAsync"/> stops them.
    /// </summary>
    public async Task StartDataAsync(CancellationToken cancellationToken)
    {
        Services = options.SelectedServices();
        var secretsPath = Path.Combine(options.StateDirectory, "secrets.json");
        _secrets = PlatformSecrets.Load(secretsPath);
        if (options.AdminPassword is not null)
        {
            _secrets.AdminPassword = options.AdminPassword;
        }
        else if (_secrets.AdminPassword is null)
        {
            _secrets.AdminPassword = PlatformSecrets.NewPassword();
            GeneratedAdminPassword = _secrets.AdminPassword;
        }

        foreach (var service in Services.Where(s => s.HasDatabase))
        {
            _secrets.RolePassword(service.DatabaseRole!);
        }

        _secrets.Save(secretsPath);
        await StartServersAsync(cancellationToken);
    }

    private void CheckBuilt(IReadOnlyList<ServiceDefinition> services)
    {
        var missing = services.Where(s => !File.Exists(s.AssemblyPath(options.RepoRoot, options.Configuration))).Select(s => s.Name).ToList();
        if (missing.Count > 0)
        {
            throw new PlatformStartException(
                $"Not built ({options.Configuration}): {string.Join(", ", missing)}. Build with: dotnet build Agrovet.slnx -c {options.Configuration} (./agrovet up does it for you).");
        }
    }

    private void CheckTelemetryPortsFree()
    {
        if (options.Telemetry is { } telemetry)
        {
            foreach (var (port, variable) in new[] { (telemetry.PrometheusPort, "AGROVET_PROMETHEUS_PORT"), (telemetry.DashboardPort, "AGROVET_DASHBOARD_PORT"), (telemetry.OtlpPort, "AGROVET_OTLP_PORT"), (telemetry.OtlpHttpPort, "AGROVET_OTLP_PORT") })
            {
                if (IsListening(port))
                {
                    throw new PlatformStartException($"Port {port} for telemetry is already in use (a Prometheus or dashboard of your own?). Stop what uses it or choose another with {variable}=<port>.");
                }
            }
        }
    }

    private void CheckServicePortsFree()
    {
        foreach (var service in options.SelectedServices())
        {
            if (ExtraInstancesOf(service).FirstOrDefault(p => IsListening(p.Port) || IsListening(p.ManagementPort)) is { } taken)
            {
                throw new PlatformStartException(
                    $"Port {taken.Port} or {taken.ManagementPort} for another instance of {service.Name} is already in use. Stop what uses it, or run fewer instances.");
            }

            var port = options.PortOf(service);
            var management = options.ManagementPortOf(service);
            if (IsListening(port))
            {
                throw new PlatformStartException(
                    $"Port {port} for {service.Name} is already in use. Stop what uses it (is another './agrovet up' running?) or choose another port with {service.PortVariable}=<port>.");
            }

            if (IsListening(management))
            {
                throw new PlatformStartException(
                    $"Port {management} (the management port of {service.Name}: its port + {ServiceCatalog.ManagementPortOffset}) is already in use. Stop what uses it, or move {service.Name} with {service.PortVariable}=<port>.");
            }
        }
    }

    private async Task StartServersAsync(CancellationToken cancellationToken)
    {
        reporter.Step($"Starting PostgreSQL on 127.0.0.1:{options.PostgresPort} and Redis on 127.0.0.1:{options.RedisPort}");
        var watch = Stopwatch.StartNew();
        var logs = Path.Combine(options.StateDirectory, "logs");
        Directory.CreateDirectory(logs);
        _postgres = new PostgresCluster(new PostgresClusterOptions
        {
            DataDirectory = PostgresDataDirectory(),
            Port = options.PostgresPort,
            Durable = options.DurablePostgres,
            SuperuserPassword = _secrets.PostgresSuperuserPassword,
            LogFile = Path.Combine(logs, "postgres.log"),
            StopWhenProcessExits = Environment.ProcessId,
            // Every instance's full pool (PlatformOptions.ExtraInstances), and one more per service to spare (a killed instance's sessions until PostgreSQL notices).
            Settings = new Dictionary<string, string>
            {
                ["max_connections"] = ServiceCatalog.PostgresMaxConnections(Services.Where(s => s.HasDatabase).Sum(s => 2 + ExtraInstancesOf(s).Count)).ToString(CultureInfo.InvariantCulture),
            },
        });
        _redis = new RedisServer(new RedisServerOptions
        {
            DataDirectory = Path.Combine(options.StateDirectory, "redis"),
            Port = options.RedisPort,
            Persistent = options.DurablePostgres,
            LogFile = Path.Combine(logs, "redis.log"),
            StopWhenProcessExits = Environment.ProcessId,
        });

        await _postgres.InitializeIfNeededAsync(cancellationToken);
        await Task.WhenAll(_postgres.StartAsync(cancellationToken), _redis.StartAsync(cancellationToken));
        foreach (var service in Services.Where(s => s.HasDatabase))
        {
            await _postgres.EnsureDatabaseAsync(service.Database!, service.DatabaseRole!, _secrets.RolePassword(service.DatabaseRole!), cancellationToken);
        }

        reporter.Done(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL and Redis ready ({watch.Elapsed.TotalSeconds:0.0} s); databases: {string.Join(", ", Services.Where(s => s.HasDatabase).Select(s => s.Database))}"));
    }

    /// <summary>
    /// PostgreSQL runs as the <c>postgres</c> account when the launcher is root; that account must be able to reach
    /// its data directory. A checkout under a private home (e.g. /root) cannot, so the cluster then lives under /var/lib.
    /// </summary>
    private string PostgresDataDirectory()
    {
        var preferred = Path.Combine(options.StateDirectory, "postgres");
        if (Environment.UserName != "root" || OthersCanTraverse(options.StateDirectory))
        {
            return preferred;
        }

        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(options.StateDirectory)))[..12];
        var fallback = Path.Combine("/var/lib/agrovet", id, "postgres");
        reporter.Warn($"{options.StateDirectory} is not reachable by the postgres account; the database cluster lives in {fallback}");
        return fallback;
    }

    private static bool OthersCanTraverse(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && !dir.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    private async Task RunSetupCommandsAsync(CancellationToken cancellationToken)
    {
        var withSetup = Services.Where(s => s.SetupCommands.Count > 0).ToList();
        if (withSetup.Count == 0)
        {
            return;
        }

        reporter.Step($"Migrating databases ({string.Join(", ", withSetup.Select(s => s.Name))})");
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(withSetup.Select(async service =>
        {
            foreach (var command in service.SetupCommands)
            {
                await RunCommandAsync(service, command, cancellationToken);
            }
        }));
        reporter.Done(string.Create(CultureInfo.InvariantCulture, $"Databases migrated, admin account ensured ({watch.Elapsed.TotalSeconds:0.0} s)"));
    }

    private async Task RunCommandAsync(ServiceDefinition service, string command, CancellationToken cancellationToken)
    {
        var logPath = Path.Combine(options.StateDirectory, "logs", $"{service.Name}.{command}.log");
        File.Delete(logPath);
        await using var process = DotnetProcess.Start(service.Name, service.AssemblyPath(options.RepoRoot, options.Configuration), [command], EnvironmentFor(service), logPath);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new PlatformStartException($"'{service.Name} {command}' failed (exit {process.ExitCode}). Last lines of {logPath}:\n{process.LogTail()}");
        }
    }

    /// <summary>Starts every service and its extra instances; returns the extra instances.</summary>
    private List<(ServiceDefinition, DotnetProcess, Uri)> StartServices()
    {
        reporter.Step($"Starting {string.Join(", ", Services.Select(s => $"{s.Name} {string.Join(" ", InstanceUrlsOf(s).Select(u => $":{u.Port}"))}"))}");
        var extra = new List<(ServiceDefinition, DotnetProcess, Uri)>();
        foreach (var service in Services)
        {
            var logPath = Path.Combine(options.StateDirectory, "logs", $"{service.Name}.log");
            _running.Add((service, DotnetProcess.Start(service.Name, service.AssemblyPath(options.RepoRoot, options.Configuration), [], EnvironmentFor(service), logPath)));
            foreach (var ports in ExtraInstancesOf(service))
            {
                var (process, url) = StartInstance(service, ports);
                extra.Add((service, process, url));
            }
        }

        return extra;
    }

    private async Task WaitUntilReadyAsync(IReadOnlyList<(ServiceDefinition Service, DotnetProcess Process, Uri BaseUrl)> starting, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(starting.Select(async running =>
        {
            var (service, process, baseUrl) = running;
            var url = new Uri(baseUrl, "/health/ready");
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (process.HasExited)
                {
                    throw new PlatformStartException($"{service.Name} exited during start-up (exit {process.ExitCode}). Last lines of {process.LogPath}:\n{process.LogTail()}");
                }

                if (watch.Elapsed > options.HealthTimeout)
                {
                    throw new PlatformStartException($"{service.Name} did not become ready within {options.HealthTimeout.TotalSeconds:0} s ({url}). Last lines of {process.LogPath}:\n{process.LogTail()}");
                }

                try
                {
                    using var response = await http.GetAsync(url, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        // Another program that took the port in the meantime may answer too; only ours says its name.
                        var answeredAs = await AnsweredServiceAsync(response, cancellationToken);
                        if (answeredAs != service.Name)
                        {
                            throw new PlatformStartException(
                                $"{baseUrl} answers as '{answeredAs ?? "something else"}', not {service.Name}: another program took port {baseUrl.Port} while the platform was starting. Stop it or choose another port with {service.PortVariable}=<port>.");
                        }

                        reporter.Done(string.Create(CultureInfo.InvariantCulture, $"{service.Name,-12} ready on {baseUrl} ({watch.Elapsed.TotalSeconds:0.0} s)"));
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }

                await Task.Delay(100, cancellationToken);
            }
        }));
    }

    /// <summary>The <c>service</c> a <c>/health/ready</c> answer names (see HealthReportResponse), or null.</summary>
    private static async Task<string?> AnsweredServiceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("service", out var name)
                && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Dictionary<string, string> EnvironmentFor(ServiceDefinition service)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = UrlOf(service).ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_NOLOGO"] = "1",
            ["ConnectionStrings__Redis"] = _redis?.ConnectionString ?? $"127.0.0.1:{options.RedisPort}",
            ["AGROVET_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            ["AGROVET_ADMIN_PASSWORD"] = _secrets.AdminPassword ?? string.Empty,
        };
        foreach (var (name, value) in service.RuntimeEnvironment)
        {
            environment[name] = value;
        }

        // Only the services started here: the gateway counts a service whose variable is set as part of the platform.
        foreach (var other in Services)
        {
            environment[other.UrlVariable] = UrlOf(other).ToString().TrimEnd('/');
            // The gateway routes to every instance of a service that has several.
            if (service.Name == ServiceCatalog.GatewayName && InstanceUrlsOf(other) is { Count: > 1 } instances)
            {
                for (var i = 0; i < instances.Count; i++)
                {
                    environment[$"Gateway__Upstreams__Instances__{other.Name}__{i.ToString(CultureInfo.InvariantCulture)}"] = instances[i].ToString();
                }
            }
        }

        if (_telemetry is not null)
        {
            foreach (var (key, value) in _telemetry.ServiceEnvironment)
            {
                environment[key] = value;
            }
        }

        environment["Agrovet__ManagementPort"] = options.ManagementPortOf(service).ToString(CultureInfo.InvariantCulture);

        if (service.HasDatabase && _postgres is not null)
        {
            environment["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(
                _postgres.ConnectionString(service.Database!, service.DatabaseRole!, _secrets.RolePassword(service.DatabaseRole!)))
            {
                MaxPoolSize = ServiceCatalog.DatabasePoolSize,
            }.ConnectionString;
        }

        // The analytics datasets live with the platform's other data; compute generates small ones there on a first start.
        if (service.Name == "compute")
        {
            environment["AGROVET_DATASETS_DIR"] = Environment.GetEnvironmentVariable("AGROVET_DATASETS_DIR") is { Length: > 0 } datasets
                ? datasets
                : Path.Combine(options.StateDirectory, "datasets");
        }

        if (service.Name == "media")
        {
            environment["Media__StorageRoot"] = options.MediaDirectory;
        }

        // Auth e-mails password-reset links: into the state directory, pointing at the web app the gateway serves.
        if (service.Name == "auth")
        {
            environment["Mail__Directory"] = options.MailDirectory;
            environment["Auth__WebAppUrl"] = GatewayUrl.ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        }

        var webRoot = Path.Combine(options.RepoRoot, "src", "Web", "dist");
        if (service.Name == ServiceCatalog.GatewayName && File.Exists(Path.Combine(webRoot, "index.html")))
        {
            environment["AGROVET_WEB_ROOT"] = webRoot;
        }

        foreach (var (key, value) in options.ExtraEnvironment)
        {
            environment[key] = value;
        }

        return environment;
    }

    public async Task StopAsync()
    {
        await Task.WhenAll(_replicas.Select(r => r.DisposeAsync().AsTask()));
        _replicas.Clear();
        if (_running.Count > 0)
        {
            reporter.Step("Stopping services");
            await Task.WhenAll(_running.Select(r => r.Process.DisposeAsync().AsTask()));
            _running.Clear();
        }

        if (_telemetry is not null)
        {
            await _telemetry.DisposeAsync();
            _telemetry = null;
        }

        if (_redis is not null)
        {
            await _redis.StopAsync(CancellationToken.None);
            await _redis.DisposeAsync();
            _redis = null;
        }

        if (_postgres is not null)
        {
            await _postgres.StopAsync(CancellationToken.None);
            await _postgres.DisposeAsync();
            _postgres = null;
        }

        reporter.Done("Stopped; nothing left running");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    internal static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            var connect = client.ConnectAsync("127.0.0.1", port);
            return connect.Wait(TimeSpan.FromMilliseconds(300)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
