using System.Globalization;

namespace Agrovet.LocalInfrastructure;

/// <summary>The postmaster.pid lock file that a running server keeps in its data directory.</summary>
internal static class PostmasterPidFile
{
    internal const string FileName = "postmaster.pid";

    /// <summary>The pid on its first line, or null when the file is missing or unreadable.</summary>
    internal static int? ReadPid(string dataDirectory)
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(dataDirectory, FileName)).FirstOrDefault();
            return int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0 ? pid : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the process is a postmaster serving this data directory; null when that cannot be told.</summary>
    internal static bool? IsPostmasterOf(int pid, string dataDirectory)
    {
        if (!ProcessSignals.IsAlive(pid))
        {
            return false;
        }

        var command = ProcessInspection.Command(pid);
        if (command is null)
        {
            return false;
        }

        if (command is not ("postgres" or "postmaster"))
        {
            return false;
        }

        var realDataDirectory = ProcessInspection.RealPath(dataDirectory);
        var workingDirectory = ProcessInspection.WorkingDirectory(pid);
        if (workingDirectory is not null)
        {
            return workingDirectory == realDataDirectory;
        }

        var arguments = ProcessInspection.Arguments(pid);
        var dataArgument = arguments.SkipWhile(argument => argument != "-D").Skip(1).FirstOrDefault();
        return dataArgument is null ? null : ProcessInspection.RealPath(dataArgument) == realDataDirectory;
    }
}
