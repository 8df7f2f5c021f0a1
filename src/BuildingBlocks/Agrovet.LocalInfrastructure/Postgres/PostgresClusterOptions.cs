namespace Agrovet.LocalInfrastructure;

/// <summary>How to run a private PostgreSQL cluster.</summary>
public sealed class PostgresClusterOptions
{
    /// <summary>The cluster's data directory (created by initdb when missing or empty).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1.</summary>
    public required int Port { get; init; }

    /// <summary>Password of the "postgres" superuser, set by initdb (later changes of this value are not applied).</summary>
    public required string SuperuserPassword { get; init; }

    /// <summary>False for throwaway clusters: fsync, synchronous_commit and full_page_writes off (fast, not crash safe).</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Server and initdb output. Default: the data directory's path with ".log" appended.</summary>
    public string? LogFile { get; init; }

    /// <summary>PostgreSQL bin directory. Default: <see cref="ServerBinaries.PostgresBinDirectory()"/>.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>
    /// When set, a small watcher stops the server (fast shutdown) once this process is gone, so a launcher or test
    /// process that is killed does not leave the server running.
    /// </summary>
    public int? StopWhenProcessExits { get; init; }

    /// <summary>Extra server settings passed as <c>-c name=value</c> (e.g. max_connections).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>How long <see cref="PostgresCluster.StartAsync"/> waits for the server to accept connections.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receives one line per lifecycle step (initializing, starting, stopping). Nothing is written to the console.</summary>
    public Action<string>? Log { get; init; }
}
