namespace Agrovet.ServiceDefaults.Configuration;

/// <summary>One process of the platform as <see cref="ServiceCatalog"/> names it; everything else is derived from these fields.</summary>
public sealed record ServiceDefinition
{
    /// <summary>Short lower-case name: logs, metrics, health checks, the gateway's cluster, <c>AGROVET_&lt;NAME&gt;_PORT</c>.</summary>
    public required string Name { get; init; }

    public required int DefaultPort { get; init; }

    /// <summary>The project's folder, relative to the repository root (the launcher starts those that exist).</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The project's assembly (<c>Agrovet.Forum</c>); <see cref="ServiceIdentity"/> turns it back into <see cref="Name"/>.</summary>
    public required string AssemblyName { get; init; }

    /// <summary>The public prefixes the gateway sends to this service.</summary>
    public IReadOnlyList<ServiceRoute> Routes { get; init; } = [];

    /// <summary>
    /// The largest request body the service takes: its own limit (ServiceDefaults refuses more with 413 unless an
    /// endpoint raises it, or <c>Agrovet:MaxRequestBodyBytes</c> says otherwise) and, unless a route sets its own, the
    /// gateway's for its routes, so that the gateway refuses a body the service would refuse instead of passing it on
    /// (a service that refuses a body while it is still arriving closes the connection under the proxy's feet). Null:
    /// ServiceDefaults' default.
    /// </summary>
    public long? MaxRequestBodyBytes { get; init; }

    /// <summary>The service's own PostgreSQL database, or null for a service without one (compute, the gateway).</summary>
    public string? Database { get; init; }

    /// <summary>
    /// Runtime settings the service's process starts with, as environment variables (the launcher sets them, the
    /// service's image has them as <c>ENV</c>): those the .NET runtime reads only from the environment, before any
    /// configuration. Empty for most services.
    /// </summary>
    public IReadOnlyDictionary<string, string> RuntimeEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Verbs run before the service starts, in order (<c>migrate</c>, <c>ensure-admin</c>).</summary>
    public IReadOnlyList<string> SetupCommands { get; init; } = [];

    /// <summary>The variable holding the base URL other processes reach this service at.</summary>
    public string UrlVariable => $"{Name.ToUpperInvariant()}_INTERNAL_URL";

    /// <summary>The launcher's variable for this service's local port.</summary>
    public string PortVariable => $"AGROVET_{Name.ToUpperInvariant()}_PORT";

    public bool HasDatabase => Database is not null;

    /// <summary>The login role that owns <see cref="Database"/>: a role per service, able to open only its own database.</summary>
    public string? DatabaseRole => Database is null ? null : Name;

    public bool HasWebSockets => Routes.Any(r => r.WebSocket);

    /// <summary>Where the service listens when nothing says otherwise: loopback, its default port.</summary>
    public Uri DefaultUrl => new($"http://127.0.0.1:{DefaultPort}");
}
