using System.Globalization;
using System.Net.Sockets;

namespace Agrovet.LocalInfrastructure;

/// <summary>
/// A private Redis server run from the installed redis-server as a child process, on 127.0.0.1 only (its lifecycle is
/// <see cref="LocalServer"/>'s).
/// </summary>
public sealed class RedisServer : LocalServer
{
    public const string PidFileName = "redis.pid";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    // SIGTERM (Redis saves first when persistent), then SIGKILL.
    private static readonly ServerKind Kind = new(
        "Redis", "redis-server", PidFileName, ReadPid, IsRedisOf, NativeMethods.SIGTERM, "TERM", EscalationSignal: null);

    private readonly RedisServerOptions _options;

    public RedisServer(RedisServerOptions options)
        : base(Kind, FullDataDirectory(options), LogFilePathOf(options), options.Port, options.StartTimeout, options.StopWhenProcessExits, options.Log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Databases, 1);
        _options = options;
    }

    /// <summary>StackExchange.Redis configuration string: "127.0.0.1:port".</summary>
    public string ConnectionString => Address;

    private protected override string WorkingDirectory => DataDirectory;

    /// <summary>
    /// Stops a redis-server that an earlier process left running on <paramref name="dataDirectory"/> (per its pid file)
    /// and removes a pid file whose process is gone. <see cref="LocalServer.StartAsync"/> does this itself; this is for
    /// clean-up of directories no one will start again.
    /// </summary>
    public static Task StopLeftoverServerAsync(
        string dataDirectory, Action<string>? log = null, CancellationToken cancellationToken = default) =>
        StopLeftoverAsync(Kind, Path.GetFullPath(dataDirectory), log, cancellationToken);

    /// <summary>True when the server answers PING with PONG.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await RespClient.SendAsync(Port, ["PING"], ProbeTimeout, cancellationToken) == "+PONG";
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private protected override async Task<IReadOnlyList<string>> PrepareStartAsync(CancellationToken cancellationToken)
    {
        var serverPath = _options.ServerPath ?? ServerBinaries.RedisServerPath();
        Directory.CreateDirectory(DataDirectory);
        await StopLeftoverAsync(cancellationToken);
        return ServerCommand(serverPath);
    }

    /// <summary>Ready when INFO answers (not still loading) with the pid of the server just started.</summary>
    private protected override async Task<bool> ProbeAsync(ServerProcess starting, CancellationToken cancellationToken)
    {
        string? info;
        try
        {
            info = await RespClient.SendAsync(Port, ["INFO", "server"], ProbeTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (info is null || info.StartsWith("-LOADING", StringComparison.Ordinal))
        {
            return false;
        }

        if (info.Contains($"process_id:{starting.Id.ToString(CultureInfo.InvariantCulture)}\r\n", StringComparison.Ordinal))
        {
            return true;
        }

        return !starting.HasExited && info.Contains("process_id:", StringComparison.Ordinal)
            ? throw new ServerStartException($"Port {Port} on 127.0.0.1 is already served by another Redis.")
            : false;
    }

    private List<string> ServerCommand(string serverPath)
    {
        List<string> command =
        [
            serverPath,
            "--bind", "127.0.0.1",
            "--port", Port.ToString(CultureInfo.InvariantCulture),
            "--dir", DataDirectory,
            "--pidfile", Path.Combine(DataDirectory, PidFileName),
            "--daemonize", "no",
            "--supervised", "no",
            "--protected-mode", "yes",
            "--databases", _options.Databases.ToString(CultureInfo.InvariantCulture),
            "--logfile", string.Empty,
        ];
        if (_options.Persistent)
        {
            command.AddRange(["--appendonly", "yes", "--appendfsync", "everysec"]);
        }
        else
        {
            command.AddRange(["--save", string.Empty, "--appendonly", "no"]);
        }

        command.AddRange(_options.ExtraArguments);
        return command;
    }

    private static bool? IsRedisOf(int pid, string dataDirectory)
    {
        if (!ProcessSignals.IsAlive(pid))
        {
            return false;
        }

        var command = ProcessInspection.Command(pid);
        if (command is null || !command.StartsWith("redis-server", StringComparison.Ordinal))
        {
            return false;
        }

        var workingDirectory = ProcessInspection.WorkingDirectory(pid);
        return workingDirectory is null || workingDirectory == ProcessInspection.RealPath(dataDirectory);
    }

    private static int? ReadPid(string pidFile)
    {
        try
        {
            return int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0
                ? pid
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string FullDataDirectory(RedisServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        return Path.GetFullPath(options.DataDirectory);
    }

    private static string LogFilePathOf(RedisServerOptions options) =>
        Path.GetFullPath(options.LogFile ?? Path.Combine(FullDataDirectory(options), "redis.log"));
}
