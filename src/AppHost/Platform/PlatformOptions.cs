using Agrovet.AppHost.Telemetry;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.AppHost.Platform;

/// <summary>Where the platform keeps its data and which ports it uses. Defaults avoid a system PostgreSQL (5432) and Redis (6379).</summary>
public sealed record PlatformOptions
{
    public required string RepoRoot { get; init; }

    /// <summary>Data, logs and secrets (<c>.agrovet/</c> for <c>./agrovet up</c>, a temp dir in tests).</summary>
    public required string StateDirectory { get; init; }

    public string Configuration { get; init; } = "Release";

    public int PostgresPort { get; init; } = 55432;

    public int RedisPort { get; init; } = 56379;

    /// <summary>Port per service name; services not named use their default port.</summary>
    public IReadOnlyDictionary<string, int> Ports { get; init; } = new Dictionary<string, int>();

    /// <summary>Only these services (and always the gateway) when set; all present ones otherwise.</summary>
    public IReadOnlySet<string>? OnlyServices { get; init; }

    public bool DurablePostgres { get; init; } = true;

    public string? AdminPassword { get; init; }

    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Extra environment for every service (e.g. raised rate limits for benchmarks).</summary>
    public IReadOnlyDictionary<string, string> ExtraEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Management port per service name (<c>/metrics</c>, health); services not named use their port + 1000.</summary>
    public IReadOnlyDictionary<string, int> ManagementPorts { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// More instances of a service beside the first, by name (what replicas are in a cluster): the same database, Redis
    /// and settings, each on its own ports, and the gateway routes to all of them (a chat room's sockets to one).
    /// <c>AGROVET_CHAT_INSTANCES=2</c> for <c>./agrovet up</c>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<InstancePorts>> ExtraInstances { get; init; } = new Dictionary<string, IReadOnlyList<InstancePorts>>();

    /// <summary>Where the media service keeps uploaded files (<c>media/</c> in the state directory unless <c>Media__StorageRoot</c> is set).</summary>
    public string MediaDirectory => ExtraEnvironment.TryGetValue("Media__StorageRoot", out var configured) ? configured : Path.Combine(StateDirectory, "media");

    /// <summary>Where mail goes (<c>mail/</c> in the state directory unless <c>Mail__Directory</c> is set): one .eml file a message.</summary>
    public string MailDirectory => ExtraEnvironment.TryGetValue("Mail__Directory", out var configured) ? configured : Path.Combine(StateDirectory, "mail");

    /// <summary>Prometheus and the Aspire Dashboard beside the platform (<c>./agrovet up --telemetry</c>); none when null.</summary>
    public TelemetryOptions? Telemetry { get; init; }

    /// <summary>Where <c>./agrovet backup</c> writes its dated folders.</summary>
    public string BackupDirectory { get; init; } = string.Empty;

    public string BackupRoot => BackupDirectory is { Length: > 0 } configured ? configured : Path.Combine(StateDirectory, "backups");

    /// <summary>The services this platform runs: those present in the repository, narrowed by <see cref="OnlyServices"/>.</summary>
    public IReadOnlyList<ServiceDefinition> SelectedServices()
    {
        var present = ServiceProjects.Present(RepoRoot).ToList();
        if (OnlyServices is { } only)
        {
            present = [.. present.Where(s => only.Contains(s.Name) || s.Name == ServiceCatalog.GatewayName)];
        }

        return present.Count > 0
            ? present
            : throw new PlatformStartException($"No service projects found under {RepoRoot}. Run the launcher from the repository root.");
    }

    public int PortOf(ServiceDefinition service) => Ports.TryGetValue(service.Name, out var port) ? port : service.DefaultPort;

    public int ManagementPortOf(ServiceDefinition service)
    {
        if (ManagementPorts.TryGetValue(service.Name, out var configured))
        {
            return configured;
        }

        var port = PortOf(service) + ServiceCatalog.ManagementPortOffset;
        return port < 65536
            ? port
            : throw new PlatformStartException(
                $"{service.Name}'s management port would be {port} ({service.PortVariable} + {ServiceCatalog.ManagementPortOffset}), past 65535. Choose a lower {service.PortVariable}.");
    }

    /// <summary>
    /// Reads <c>AGROVET_PG_PORT</c>, <c>AGROVET_REDIS_PORT</c>, <c>AGROVET_&lt;SERVICE&gt;_PORT</c>, <c>AGROVET_ADMIN_PASSWORD</c>,
    /// <c>AGROVET_SERVICES</c> (a comma-separated subset to start; the gateway always runs) and
    /// <c>AGROVET_&lt;SERVICE&gt;_INSTANCES</c> (how many of a service to run: the n-th more listens 100 × n above the first's
    /// ports).
    /// </summary>
    public static PlatformOptions FromEnvironment(string repoRoot)
    {
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var service in ServiceCatalog.All)
        {
            if (ReadPort(service.PortVariable) is { } port)
            {
                ports[service.Name] = port;
            }
        }

        var extra = new Dictionary<string, IReadOnlyList<InstancePorts>>(StringComparer.Ordinal);
        foreach (var service in ServiceCatalog.Upstreams)
        {
            var variable = $"AGROVET_{service.Name.ToUpperInvariant()}_INSTANCES";
            if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } value)
            {
                continue;
            }

            if (!int.TryParse(value, out var count) || count is < 1 or > 9)
            {
                throw new PlatformStartException($"{variable}='{value}' is not a number of instances (1-9).");
            }

            var port = ports.TryGetValue(service.Name, out var chosen) ? chosen : service.DefaultPort;
            extra[service.Name] = [.. Enumerable.Range(1, count - 1).Select(n => new InstancePorts(port + (100 * n), port + ServiceCatalog.ManagementPortOffset + (100 * n)))];
        }

        return new PlatformOptions
        {
            RepoRoot = repoRoot,
            ExtraInstances = extra,
            StateDirectory = Environment.GetEnvironmentVariable("AGROVET_STATE_DIR") is { Length: > 0 } state ? state : Path.Combine(repoRoot, ".agrovet"),
            Configuration = Environment.GetEnvironmentVariable("AGROVET_CONFIGURATION") is { Length: > 0 } c ? c : "Release",
            PostgresPort = ReadPort("AGROVET_PG_PORT") ?? 55432,
            RedisPort = ReadPort("AGROVET_REDIS_PORT") ?? 56379,
            Ports = ports,
            AdminPassword = Environment.GetEnvironmentVariable("AGROVET_ADMIN_PASSWORD") is { Length: > 0 } pw ? pw : null,
            BackupDirectory = Environment.GetEnvironmentVariable("AGROVET_BACKUP_DIR") ?? string.Empty,
            OnlyServices = Environment.GetEnvironmentVariable("AGROVET_SERVICES") is { Length: > 0 } only
                ? only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
                : null,
        };
    }

    /// <summary>The telemetry servers as <c>./agrovet up --telemetry</c> sets them: <c>AGROVET_DASHBOARD</c> (the executable) and the port variables.</summary>
    public static TelemetryOptions TelemetryFromEnvironment() => new()
    {
        DashboardExecutable = Environment.GetEnvironmentVariable("AGROVET_DASHBOARD") is { Length: > 0 } dashboard
            ? dashboard
            : throw new PlatformStartException("AGROVET_DASHBOARD is not set: start with ./agrovet up --telemetry, which downloads the Aspire Dashboard and sets it."),
        PrometheusPort = ReadPort("AGROVET_PROMETHEUS_PORT") ?? 9090,
        DashboardPort = ReadPort("AGROVET_DASHBOARD_PORT") ?? 18888,
        OtlpPort = ReadPort("AGROVET_OTLP_PORT") ?? 18889,
    };

    private static int? ReadPort(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value, out var port) && port is > 0 and < 65536
            ? port
            : throw new PlatformStartException($"{variable}='{value}' is not a port number (1-65535).");
    }
}
