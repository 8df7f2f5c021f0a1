namespace Agrovet.LocalInfrastructure;

internal static class LogFile
{
    /// <summary>The last lines of a log file, or a note that there is none.</summary>
    internal static string Tail(string path, int lines = 20)
    {
        try
        {
            var tail = File.ReadLines(path).TakeLast(lines).ToList();
            return tail.Count == 0
                ? $"(log {path} is empty)"
                : $"Last lines of {path}:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"(no log at {path})";
        }
    }

    internal static void Append(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.AppendAllText(path, text);
    }
}
