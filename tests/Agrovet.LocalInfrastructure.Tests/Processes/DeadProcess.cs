using System.Diagnostics;

namespace Agrovet.LocalInfrastructure.Tests;

internal static class DeadProcess
{
    /// <summary>The pid of a process that has just exited, like one a crashed run leaves in its pid file.</summary>
    public static int Pid()
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    public static Process StartSleeper()
    {
        var startInfo = new ProcessStartInfo("/bin/sleep") { UseShellExecute = false, RedirectStandardOutput = true };
        startInfo.ArgumentList.Add("60");
        return Process.Start(startInfo)!;
    }
}
