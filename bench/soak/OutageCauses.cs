using System.Globalization;
using System.Text.RegularExpressions;

namespace Agrovet.Bench.Soak;

/// <summary>
/// Counts the reasons the services gave for their 503s (DependencyOutageExceptionHandler's warning names the
/// dependency's error, e.g. PostgreSQL's 53300 "too many connections"), so a soak with errors says why.
/// </summary>
internal static partial class OutageCauses
{
    public static string Summarize(string logDirectory)
    {
        var causes = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Directory.Exists(logDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(logDirectory, "*.log"))
            {
                var service = Path.GetFileNameWithoutExtension(file);
                foreach (var line in File.ReadLines(file))
                {
                    if (Reason().Match(line) is { Success: true } match)
                    {
                        var key = $"{service}: {match.Groups[1].Value}";
                        causes[key] = causes.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return causes.Count == 0
            ? "none logged"
            : string.Join("; ", causes.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} ×{c.Value}")));
    }

    // The reason, cut at 80 characters: enough to tell a pool wait from a refused connection.
    [GeneratedRegex(@"answered 503: a dependency is unavailable \(([^)""\\]{1,80})")]
    private static partial Regex Reason();
}
