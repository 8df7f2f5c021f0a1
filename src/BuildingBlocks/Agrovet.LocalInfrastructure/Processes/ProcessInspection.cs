using System.Globalization;
using System.Runtime.InteropServices;

namespace Agrovet.LocalInfrastructure;

/// <summary>Reads facts about processes from /proc.</summary>
internal static class ProcessInspection
{
    /// <summary>The state letter from /proc/pid/stat (R, S, Z, ...), or null when the process is gone.</summary>
    internal static char? State(int pid)
    {
        var fields = StatFieldsAfterName(pid);
        return fields is { Length: > 0 } && fields[0].Length > 0 ? fields[0][0] : null;
    }

    /// <summary>Start time in clock ticks since boot; with the pid it names one process even after pid reuse.</summary>
    internal static long? StartTime(int pid)
    {
        // Field 22 of /proc/pid/stat; fields after the ")" start at field 3.
        var fields = StatFieldsAfterName(pid);
        return fields is { Length: > 19 } && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? ticks
            : null;
    }

    internal static string? Command(int pid) => ReadText($"/proc/{pid}/comm")?.Trim();

    internal static IReadOnlyList<string> Arguments(int pid) =>
        ReadText($"/proc/{pid}/cmdline")?.Split('\0', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>The working directory, or null when it cannot be read (process gone, or another user's without privileges).</summary>
    internal static string? WorkingDirectory(int pid)
    {
        try
        {
            return new FileInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Ids of processes whose working directory is <paramref name="directory"/> (servers chdir into their data dir).</summary>
    internal static IReadOnlyList<int> ProcessesWorkingIn(string directory)
    {
        var target = RealPath(directory);
        var result = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) &&
                WorkingDirectory(pid) == target &&
                ProcessSignals.IsAlive(pid))
            {
                result.Add(pid);
            }
        }

        return result;
    }

    /// <summary>The canonical absolute path (symlinks resolved); the full path when it does not exist.</summary>
    internal static string RealPath(string path)
    {
        var resolved = NativeMethods.RealPath(path, 0);
        if (resolved == 0)
        {
            return Path.GetFullPath(path);
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved) ?? Path.GetFullPath(path);
        }
        finally
        {
            NativeMethods.Free(resolved);
        }
    }

    private static string[]? StatFieldsAfterName(int pid)
    {
        var stat = ReadText($"/proc/{pid}/stat");
        if (stat is null)
        {
            return null;
        }

        var nameEnd = stat.LastIndexOf(')');
        return nameEnd < 0 ? null : stat[(nameEnd + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
