namespace Agrovet.ServiceDefaults.Configuration;

/// <summary>
/// Every service of the platform, each named once: its port, its internal URL variable, the public prefixes the
/// gateway routes to it, its database, and the project the launcher builds, sets up and starts. The internal URLs
/// (<see cref="InternalServiceUrls"/>), the launcher (src/AppHost) and the gateway's routes, clusters, health checks
/// and API reference all read this list, so adding a service is adding one entry here.
/// </summary>
/// <remarks>
/// It lives in ServiceDefaults rather than in a project of its own because every process that needs it already
/// references ServiceDefaults (each service for its internal URLs, the gateway, the launcher); a separate assembly
/// would be one more project to build and ship in every container for a list of records.
/// Services not written yet stay listed: the launcher skips a service whose project is absent, and the gateway
/// answers 503 problem+json on its routes until it runs.
/// </remarks>
public static class ServiceCatalog
{
    public const string GatewayName = "gateway";

    /// <summary>The body limit of the services whose requests are JSON (64 KiB); media takes uploads on its own terms.</summary>
    public const long JsonApiBodyBytes = 64 * 1024;

    /// <summary>
    /// The most connections one instance of a service keeps to PostgreSQL (Npgsql's <c>Maximum Pool Size</c>); past it,
    /// requests wait for a connection instead of asking PostgreSQL for more than it allows. The launcher, compose and
    /// Kubernetes size PostgreSQL's <c>max_connections</c> from it (<see cref="PostgresMaxConnections"/>).
    /// </summary>
    public const int DatabasePoolSize = 50;

    /// <summary>A service's management port (<c>/metrics</c>, health; never public) is its public port plus this, unless set.</summary>
    public const int ManagementPortOffset = 1000;

    /// <summary>
    /// PostgreSQL's <c>max_connections</c> for <paramref name="serviceInstances"/> instances of services with a
    /// database: a full pool each, plus room for migrations, backups, operators' sessions and the superuser's reserve.
    /// </summary>
    public static int PostgresMaxConnections(int serviceInstances) => (serviceInstances * DatabasePoolSize) + 30;

    /// <summary>In start order: the gateway last, once everything it routes to is up.</summary>
    public static readonly IReadOnlyList<ServiceDefinition> All =
    [
        new()
        {
            Name = "auth",
            MaxRequestBodyBytes = JsonApiBodyBytes,
            DefaultPort = 8101,
            ProjectDirectory = "src/Services/Auth",
            AssemblyName = "Agrovet.Auth",
            Routes = [new("/api/auth/")],
            Database = "auth_db",
            SetupCommands = ["migrate", "ensure-admin"],
        },
        new()
        {
            Name = "media",
            DefaultPort = 8102,
            ProjectDirectory = "src/Services/Media",
            AssemblyName = "Agrovet.Media",
            // Uploads: the media service holds them to its own per-purpose limits; the gateway lets up to 110 MiB through.
            Routes = [new("/api/media/") { MaxRequestBodySize = 110 * 1024 * 1024 }],
            Database = "media_db",
            // Tiered PGO (off in its runtimeconfig, for the memory budget of its uploads) with a call-count threshold
            // of 10,000 instead of 30 (the runtime reads the value as hex), so that only the request paths are
            // recompiled, not the start-up code that runs a few hundred times: PGO's speed for 5-10 MB of memory
            // instead of 20 (bench/README.md, "Media's memory with PGO").
            RuntimeEnvironment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["DOTNET_TieredPGO"] = "1",
                ["DOTNET_TC_CallCountThreshold"] = "2710",
            },
            SetupCommands = ["migrate"],
        },
        new()
        {
            Name = "profiles",
            MaxRequestBodyBytes = JsonApiBodyBytes,
            DefaultPort = 8103,
            ProjectDirectory = "src/Services/Profiles",
            AssemblyName = "Agrovet.Profiles",
            Routes = [new("/api/profiles/")],
            Database = "profiles_db",
            SetupCommands = ["migrate"],
        },
        new()
        {
            Name = "marketplace",
            MaxRequestBodyBytes = JsonApiBodyBytes,
            DefaultPort = 8104,
            ProjectDirectory = "src/Services/Marketplace",
            AssemblyName = "Agrovet.Marketplace",
            Routes = [new("/api/adds/"), new("/api/orders/"), new("/api/regions/")],
            Database = "marketplace_db",
            SetupCommands = ["migrate"],
        },
        new()
        {
            Name = "chat",
            MaxRequestBodyBytes = JsonApiBodyBytes,
            DefaultPort = 8105,
            ProjectDirectory = "src/Services/Chat",
            AssemblyName = "Agrovet.Chat",
            // A room's sockets and requests meet on one instance: its messages are delivered there, not relayed between instances.
            Routes =
            [
                new("/api/chat/") { InstanceKeyPattern = "/api/chat/rooms/{key}/" },
                new("/ws/chat/") { WebSocket = true, InstanceKeyPattern = "/ws/chat/{key}/" },
            ],
            Database = "chat_db",
            SetupCommands = ["migrate"],
        },
        new()
        {
            Name = "forum",
            MaxRequestBodyBytes = JsonApiBodyBytes,
            DefaultPort = 8106,
            ProjectDirectory = "src/Services/Forum",
            AssemblyName = "Agrovet.Forum",
            Routes = [new("/api/foro/")],
            Database = "foro_db",
            SetupCommands = ["migrate"],
        },
        new()
        {
            Name = "compute",
            MaxRequestBodyBytes = JsonApiBodyBytes,
            DefaultPort = 8107,
            ProjectDirectory = "src/Services/Compute",
            AssemblyName = "Agrovet.Compute",
            Routes = [new("/compute/"), new("/ws/compute") { WebSocket = true }],
        },
        new()
        {
            Name = GatewayName,
            DefaultPort = 8080,
            ProjectDirectory = "src/Gateway",
            AssemblyName = "Agrovet.Gateway",
        },
    ];

    public static ServiceDefinition Gateway => Get(GatewayName);

    /// <summary>The services behind the gateway (every entry but the gateway itself).</summary>
    public static IEnumerable<ServiceDefinition> Upstreams => All.Where(s => s.Name != GatewayName);

    public static ServiceDefinition Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"Unknown service '{name}'. Known: {string.Join(", ", All.Select(s => s.Name))}.");

    public static ServiceDefinition? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
