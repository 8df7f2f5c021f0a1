namespace Agrovet.LocalInfrastructure;

/// <summary>
/// A server run from the machine's installed binaries as a child process, listening on 127.0.0.1 only, with one
/// lifecycle for every kind: start it (after stopping a server that an earlier run left on the data directory), wait
/// until a probe finds it ready, stop it with a signal and a grace period, escalating if it does not go, and log each
/// step. <see cref="PostgresCluster"/> and <see cref="RedisServer"/> are the kinds.
/// </summary>
public abstract class LocalServer : IAsyncDisposable
{
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private readonly ServerKind _kind;
    private readonly TimeSpan _startTimeout;
    private readonly int? _stopWhenProcessExits;
    private readonly Action<string>? _log;
    private ServerProcess? _server;

    private protected LocalServer(
        ServerKind kind, string dataDirectory, string logFilePath, int port, TimeSpan startTimeout, int? stopWhenProcessExits, Action<string>? log)
    {
        _kind = kind;
        DataDirectory = dataDirectory;
        LogFilePath = logFilePath;
        Port = port;
        _startTimeout = startTimeout;
        _stopWhenProcessExits = stopWhenProcessExits;
        _log = log;
    }

    public string DataDirectory { get; }

    public string LogFilePath { get; }

    public int Port { get; }

    /// <summary>The server's pid while the server this instance started is running.</summary>
    public int? ProcessId => _server is { HasExited: false } running ? running.Id : null;

    /// <summary>"127.0.0.1:port".</summary>
    private protected string Address => $"127.0.0.1:{Port}";

    /// <summary>
    /// Starts the server and waits until it is ready. A server left running on this data directory by an earlier
    /// process is stopped first; a stale pid file is removed.
    /// </summary>
    /// <exception cref="ServerStartException">The server exited or did not become ready; the message has the log tail.</exception>
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

            var command = await PrepareStartAsync(cancellationToken);
            Log($"Starting {_kind.Name} on {Address} (data {DataDirectory}, log {LogFilePath})");
            LogFile.Append(LogFilePath, $"--- {DateTime.UtcNow:O} agrovet: starting {_kind.Program} on {Address}{Environment.NewLine}");
            _server = ServerProcess.Start(command, LogFilePath, WorkingDirectory);
            if (_stopWhenProcessExits is { } ownerPid)
            {
                _server.StopWhenProcessExits(ownerPid, _kind.StopSignalName);
            }

            try
            {
                await WaitUntilReadyAsync(_server, cancellationToken);
            }
            catch
            {
                await _server.StopAsync(_kind.StopSignal, ServerKind.StopGracePeriod, _kind.EscalationSignal, CancellationToken.None);
                _server.Dispose();
                _server = null;
                throw;
            }

            Log($"{_kind.Name} is ready on {Address} (pid {_server.Id})");
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Sends the server its stop signal and waits; escalates (in the end to SIGKILL) if it has not stopped after 10 s.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_server is null)
            {
                return;
            }

            Log($"Stopping {_kind.Name} on {Address} (pid {_server.Id})");
            await _server.StopAsync(_kind.StopSignal, ServerKind.StopGracePeriod, _kind.EscalationSignal, cancellationToken);
            _server.Dispose();
            _server = null;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _lifecycle.Dispose();
        DisposeResources();
        GC.SuppressFinalize(this);
    }

    /// <summary>Where the server process starts.</summary>
    private protected virtual string WorkingDirectory => "/";

    /// <summary>What readiness means, for messages: the server did not ... in time.</summary>
    private protected virtual string ReadyMeans => "answer";

    private protected virtual TimeSpan ProbeInterval => TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Stops the server of <paramref name="kind"/> that an earlier process left running on <paramref name="dataDirectory"/>
    /// (per its pid file), and removes a pid file whose process is gone.
    /// </summary>
    private protected static async Task StopLeftoverAsync(ServerKind kind, string dataDirectory, Action<string>? log, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(dataDirectory, kind.PidFileName);
        if (!File.Exists(pidFile))
        {
            return;
        }

        if (kind.ReadPid(pidFile) is { } leftPid)
        {
            switch (kind.IsServerOf(leftPid, dataDirectory))
            {
                case true:
                    log?.Invoke($"Stopping {kind.Name} (pid {leftPid}) left running on {dataDirectory} by an earlier run");
                    await StopForeignAsync(kind, leftPid, cancellationToken);
                    break;
                case null:
                    throw new InvalidOperationException(
                        $"A {kind.Name} process (pid {leftPid}) may still be running on {dataDirectory} and could not be inspected; stop it first.");
            }
        }

        if (File.Exists(pidFile))
        {
            log?.Invoke($"Removing stale {kind.PidFileName} from {dataDirectory}");
            File.Delete(pidFile);
        }
    }

    /// <summary><see cref="StopLeftoverAsync(ServerKind, string, Action{string}?, CancellationToken)"/> on this server's data directory.</summary>
    private protected Task StopLeftoverAsync(CancellationToken cancellationToken) =>
        StopLeftoverAsync(_kind, DataDirectory, _log, cancellationToken);

    /// <summary>Checks what the start needs, stops a leftover server, prepares the data directory; returns the command line.</summary>
    private protected abstract Task<IReadOnlyList<string>> PrepareStartAsync(CancellationToken cancellationToken);

    /// <summary>
    /// True when the server <paramref name="starting"/> is ready; false when it is not (yet). Throws
    /// <see cref="ServerStartException"/> when the port is served by another server.
    /// </summary>
    private protected abstract Task<bool> ProbeAsync(ServerProcess starting, CancellationToken cancellationToken);

    private protected virtual void DisposeResources()
    {
    }

    /// <summary>Runs <paramref name="work"/> while no start or stop is under way.</summary>
    private protected async Task ExclusivelyAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            await work();
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private protected void Log(string message) => _log?.Invoke(message);

    private static async Task StopForeignAsync(ServerKind kind, int pid, CancellationToken cancellationToken)
    {
        ProcessSignals.Send(pid, kind.StopSignal);
        if (await ProcessSignals.WaitForExitAsync(pid, ServerKind.StopGracePeriod, cancellationToken))
        {
            return;
        }

        if (kind.EscalationSignal is { } escalation)
        {
            ProcessSignals.Send(pid, escalation);
            if (await ProcessSignals.WaitForExitAsync(pid, ServerKind.EscalationGracePeriod, cancellationToken))
            {
                return;
            }
        }

        ProcessSignals.Kill(pid);
        await ProcessSignals.WaitForExitAsync(pid, ServerKind.EscalationGracePeriod, cancellationToken);
    }

    private async Task WaitUntilReadyAsync(ServerProcess starting, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _startTimeout;
        while (true)
        {
            if (starting.HasExited)
            {
                throw new ServerStartException(
                    $"{_kind.Name} exited while starting on {Address} (data {DataDirectory}){PortHint()}.{Environment.NewLine}{LogFile.Tail(LogFilePath)}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new ServerStartException(
                    $"{_kind.Name} did not {ReadyMeans} on {Address} within {_startTimeout.TotalSeconds:0} s.{Environment.NewLine}{LogFile.Tail(LogFilePath)}");
            }

            if (await ProbeAsync(starting, cancellationToken))
            {
                return;
            }

            await Task.Delay(ProbeInterval, cancellationToken);
        }
    }

    private string PortHint() =>
        LogFile.Tail(LogFilePath).Contains("Address already in use", StringComparison.Ordinal)
            ? $": port {Port} is already in use"
            : string.Empty;
}
