namespace Agrovet.LocalInfrastructure;

/// <summary>How to run a private Redis server.</summary>
public sealed class RedisServerOptions
{
    /// <summary>Working directory of the server: pid file and, when persistent, its data files.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1.</summary>
    public required int Port { get; init; }

    /// <summary>False for throwaway servers: no snapshots, no append-only file.</summary>
    public bool Persistent { get; init; } = true;

    /// <summary>Number of logical databases (SELECT 0..n-1).</summary>
    public int Databases { get; init; } = 16;

    /// <summary>More redis-server arguments, after the ones the server always gets (e.g. "--cluster-enabled", "yes").</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>Server output. Default: redis.log in the data directory.</summary>
    public string? LogFile { get; init; }

    /// <summary>The redis-server program. Default: <see cref="ServerBinaries.RedisServerPath()"/>.</summary>
    public string? ServerPath { get; init; }

    /// <summary>When set, a small watcher stops the server once this process is gone.</summary>
    public int? StopWhenProcessExits { get; init; }

    /// <summary>How long <see cref="RedisServer.StartAsync"/> waits for the server to answer.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Receives one line per lifecycle step. Nothing is written to the console.</summary>
    public Action<string>? Log { get; init; }
}
