using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Agrovet.LocalInfrastructure;

/// <summary>
/// A server started as a child process whose output goes straight to a log file (so it never reaches our console and
/// survives our exit), optionally watched so it stops when an owner process disappears.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    // `exec` keeps the pid: sh -> (setpriv ->) server, so Process.Id is the server's own pid.
    private const string LaunchScript = "log=$1; shift; exec \"$@\" >>\"$log\" 2>&1 </dev/null";

    // Stops the server (signal $3, then SIGKILL after 10 s) once the owner $1 is gone; ends by itself when the server exits.
    private const string WatchdogScript =
        "exec >/dev/null 2>&1 </dev/null; " +
        "while kill -0 \"$1\" && kill -0 \"$2\"; do sleep 1; done; " +
        "kill -0 \"$1\" && exit 0; " +
        "kill -s \"$3\" \"$2\" || exit 0; " +
        "i=0; while kill -0 \"$2\" && [ $i -lt 10 ]; do sleep 1; i=$((i+1)); done; " +
        "kill -s KILL \"$2\"";

    private readonly Process _process;
    private Process? _watchdog;

    private ServerProcess(Process process)
    {
        this._process = process;
    }

    internal int Id => _process.Id;

    internal bool HasExited => _process.HasExited;

    internal static ServerProcess Start(IReadOnlyList<string> command, string logFile, string workingDirectory)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile))!);
        var startInfo = NewStartInfo("/bin/sh", workingDirectory);
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(LaunchScript);
        startInfo.ArgumentList.Add("agrovet-server");
        startInfo.ArgumentList.Add(logFile);
        foreach (var argument in command)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        return new ServerProcess(process);
    }

    /// <summary>Starts a watcher that sends <paramref name="signalName"/> to the server once <paramref name="ownerPid"/> is gone.</summary>
    internal void StopWhenProcessExits(int ownerPid, string signalName)
    {
        var startInfo = NewStartInfo("/bin/sh", "/");
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(WatchdogScript);
        startInfo.ArgumentList.Add("agrovet-watchdog");
        startInfo.ArgumentList.Add(ownerPid.ToString(CultureInfo.InvariantCulture));
        startInfo.ArgumentList.Add(Id.ToString(CultureInfo.InvariantCulture));
        startInfo.ArgumentList.Add(signalName);
        _watchdog = Process.Start(startInfo);
    }

    internal Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>
    /// Sends <paramref name="signal"/>, waits <paramref name="gracePeriod"/>, then <paramref name="escalationSignal"/> (if any)
    /// for 5 s more, then SIGKILL.
    /// </summary>
    internal async Task StopAsync(int signal, TimeSpan gracePeriod, int? escalationSignal, CancellationToken cancellationToken)
    {
        StopWatchdog();
        if (_process.HasExited)
        {
            return;
        }

        ProcessSignals.Send(_process.Id, signal);
        if (await WaitForExitAsync(gracePeriod, cancellationToken))
        {
            return;
        }

        if (escalationSignal is { } escalation)
        {
            ProcessSignals.Send(_process.Id, escalation);
            if (await WaitForExitAsync(TimeSpan.FromSeconds(5), cancellationToken))
            {
                return;
            }
        }

        _process.Kill();
        await _process.WaitForExitAsync(cancellationToken);
    }

    public void Dispose()
    {
        StopWatchdog();
        _process.Dispose();
    }

    /// <summary>Runs a short program to completion, returning its exit code and combined output.</summary>
    internal static async Task<(int ExitCode, string Output)> RunAsync(
        IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = NewStartInfo(command[0], "/");
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Path.GetFileName(command[0])} did not finish within {timeout.TotalSeconds:0} s. Output:{Environment.NewLine}{output}");
        }

        // The parameterless wait flushes the asynchronous output readers.
        await process.WaitForExitAsync(CancellationToken.None);
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(timeoutSource.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void StopWatchdog()
    {
        if (_watchdog is null)
        {
            return;
        }

        try
        {
            if (!_watchdog.HasExited)
            {
                _watchdog.Kill(entireProcessTree: true);
                _watchdog.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _watchdog.Dispose();
        _watchdog = null;
    }

    private static ProcessStartInfo NewStartInfo(string fileName, string workingDirectory) => new(fileName)
    {
        UseShellExecute = false,
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        WorkingDirectory = workingDirectory,
    };

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
