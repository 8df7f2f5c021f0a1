using System.Runtime.InteropServices;

namespace Agrovet.LocalInfrastructure;

/// <summary>Unix signals by process id (libc kill).</summary>
public static class ProcessSignals
{
    /// <summary>Sends SIGTERM. Returns false when the process does not exist (or may not be signalled).</summary>
    public static bool Terminate(int pid) => Send(pid, NativeMethods.SIGTERM);

    /// <summary>Sends SIGINT (PostgreSQL: fast shutdown).</summary>
    public static bool Interrupt(int pid) => Send(pid, NativeMethods.SIGINT);

    /// <summary>Sends SIGQUIT (PostgreSQL: immediate shutdown).</summary>
    public static bool Quit(int pid) => Send(pid, NativeMethods.SIGQUIT);

    /// <summary>Sends SIGKILL.</summary>
    public static bool Kill(int pid) => Send(pid, NativeMethods.SIGKILL);

    /// <summary>Sends a signal by number.</summary>
    public static bool Send(int pid, int signal)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pid);
        return NativeMethods.Kill(pid, signal) == 0;
    }

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0)
        {
            return false;
        }

        if (NativeMethods.Kill(pid, 0) != 0 && Marshal.GetLastPInvokeError() != NativeMethods.EPERM)
        {
            return false;
        }

        return ProcessInspection.State(pid) is not ('Z' or 'X' or null);
    }

    /// <summary>Polls until the process is gone or the timeout passes; true when it is gone.</summary>
    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsAlive(pid))
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(50, cancellationToken);
        }

        return true;
    }
}
