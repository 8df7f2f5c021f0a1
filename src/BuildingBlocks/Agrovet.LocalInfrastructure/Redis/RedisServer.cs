using System.Globalization;
using System.Net.Sockets;

namespace Agrovet.LocalInfrastructure;

/// <summary>A private Redis server run from the installed redis-server as a child process, on 127.0.0.1 only.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string PidFileName = "redis.pid";

    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    private readonly RedisServerOptions _options;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private ServerProcess? _server;

    public RedisServer(RedisServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Databases, 1);

        _options = options;
        DataDirectory = Path.GetFullPath(_options.DataDirectory);
        LogFilePath = Path.GetFullPath(_options.LogFile ?? Path.Combine(DataDirectory, "redis.log"));
    }

    public string DataDirectory { get; }

    public string LogFilePath { get; }

    public int Port => _options.Port;

    /// <summary>StackExchange.Redis configuration string: "127.0.0.1:port".</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The server's pid while the server this instance started is running.</summary>
    public int? ProcessId => _server is { HasExited: false } running ? running.Id : null;

    /// <summary>
    /// Starts redis-server and waits until it answers. A server left running on this directory by an earlier process
    /// is stopped first; a stale pid file is removed.
    /// </summary>
    /// <exception cref="ServerStartException">The server exited or did not answer; the message has the log tail.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_server is { HasExited: false })
            {
                return;
            }

            _server?.Dispose();
            _server = null;

            var serverPath = _options.ServerPath ?? ServerBinaries.RedisServerPath();
            Directory.CreateDirectory(DataDirectory);
            await StopLeftoverServerCoreAsync(DataDirectory, _options.Log, cancellationToken);

            Log($"Starting Redis on {ConnectionString} (data {DataDirectory}, log {LogFilePath})");
            LogFile.Append(LogFilePath, $"--- {DateTime.UtcNow:O} agrovet: starting redis-server on {ConnectionString}{Environment.NewLine}");
            _server = ServerProcess.Start(ServerCommand(serverPath), LogFilePath, DataDirectory);
            if (_options.StopWhenProcessExits is { } ownerPid)
            {
                _server.StopWhenProcessExits(ownerPid, "TERM");
            }

            try
            {
                await WaitUntilReadyAsync(_server, cancellationToken);
            }
            catch
            {
                await _server.StopAsync(NativeMethods.SIGTERM, StopGracePeriod, null, CancellationToken.None);
                _server.Dispose();
                _server = null;
                throw;
            }

            Log($"Redis is ready on {ConnectionString} (pid {_server.Id})");
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>SIGTERM (Redis saves first when persistent) and wait; SIGKILL if it has not stopped after 10 s.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_server is null)
            {
                return;
            }

            Log($"Stopping Redis on {ConnectionString} (pid {_server.Id})");
            await _server.StopAsync(NativeMethods.SIGTERM, StopGracePeriod, null, cancellationToken);
            _server.Dispose();
            _server = null;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Stops a redis-server that an earlier process left running on <paramref name="dataDirectory"/> (per its pid file)
    /// and removes a pid file whose process is gone. <see cref="StartAsync"/> does this itself; this is for clean-up of
    /// directories no one will start again.
    /// </summary>
    public static Task StopLeftoverServerAsync(
        string dataDirectory, Action<string>? log = null, CancellationToken cancellationToken = default) =>
        StopLeftoverServerCoreAsync(Path.GetFullPath(dataDirectory), log, cancellationToken);

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

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _lifecycle.Dispose();
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

        return command;
    }

    private async Task WaitUntilReadyAsync(ServerProcess starting, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.StartTimeout;
        while (true)
        {
            if (starting.HasExited)
            {
                throw new ServerStartException(
                    $"Redis exited while starting on {ConnectionString} (data {DataDirectory}){PortHint()}.{Environment.NewLine}{LogFile.Tail(LogFilePath)}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new ServerStartException(
                    $"Redis did not answer on {ConnectionString} within {_options.StartTimeout.TotalSeconds:0} s.{Environment.NewLine}{LogFile.Tail(LogFilePath)}");
            }

            string? info = null;
            try
            {
                info = await RespClient.SendAsync(Port, ["INFO", "server"], ProbeTimeout, cancellationToken);
            }
            catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            if (info is not null && !info.StartsWith("-LOADING", StringComparison.Ordinal))
            {
                if (info.Contains($"process_id:{starting.Id.ToString(CultureInfo.InvariantCulture)}\r\n", StringComparison.Ordinal))
                {
                    return;
                }

                if (!starting.HasExited && info.Contains("process_id:", StringComparison.Ordinal))
                {
                    throw new ServerStartException($"Port {Port} on 127.0.0.1 is already served by another Redis.");
                }
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private string PortHint() =>
        LogFile.Tail(LogFilePath).Contains("Address already in use", StringComparison.Ordinal)
            ? $": port {Port} is already in use"
            : string.Empty;

    private static async Task StopLeftoverServerCoreAsync(string dataDirectory, Action<string>? log, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(dataDirectory, PidFileName);
        if (!File.Exists(pidFile))
        {
            return;
        }

        if (ReadPid(pidFile) is { } leftPid && IsRedisOf(leftPid, dataDirectory))
        {
            log?.Invoke($"Stopping Redis (pid {leftPid}) left running on {dataDirectory} by an earlier run");
            ProcessSignals.Terminate(leftPid);
            if (!await ProcessSignals.WaitForExitAsync(leftPid, StopGracePeriod, cancellationToken))
            {
                ProcessSignals.Kill(leftPid);
                await ProcessSignals.WaitForExitAsync(leftPid, TimeSpan.FromSeconds(5), cancellationToken);
            }
        }

        if (File.Exists(pidFile))
        {
            log?.Invoke($"Removing stale {PidFileName} from {dataDirectory}");
            File.Delete(pidFile);
        }
    }

    private static bool IsRedisOf(int pid, string dataDirectory)
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

    private void Log(string message) => _options.Log?.Invoke(message);
}
