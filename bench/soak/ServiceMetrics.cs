using System.Globalization;

namespace Agrovet.Bench.Soak;

/// <summary>A service's <c>/metrics</c> (Prometheus text) as lines, and the sum of one metric over its label sets.</summary>
public static class ServiceMetrics
{
    /// <summary>The lines of the service's <c>/metrics</c>; null when it does not answer.</summary>
    public static async Task<string[]?> ReadAsync(HttpClient http, Uri managementUrl, CancellationToken cancellationToken)
    {
        try
        {
            return (await http.GetStringAsync(new Uri(managementUrl, "/metrics"), cancellationToken)).Split('\n');
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The metric's values summed over its label sets (<c>name{labels} value [timestamp]</c>); null when it is absent.</summary>
    public static double? Sum(IEnumerable<string> lines, string metric)
    {
        ArgumentNullException.ThrowIfNull(lines);
        double total = 0;
        var found = false;
        foreach (var line in lines)
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || (line.Length > metric.Length && line[metric.Length] is not ('{' or ' ')))
            {
                continue;
            }

            if (TryParseSample(line, out _, out var number))
            {
                total += number;
                found = true;
            }
        }

        return found ? total : null;
    }

    /// <summary>One sample line (<c>name{labels} value [timestamp]</c>): its series (name and labels) and its value.</summary>
    public static bool TryParseSample(string line, out string series, out double value)
    {
        ArgumentNullException.ThrowIfNull(line);
        var labelsEnd = line.LastIndexOf('}');
        var seriesEnd = labelsEnd >= 0 ? labelsEnd + 1 : line.IndexOf(' ', StringComparison.Ordinal);
        series = seriesEnd > 0 ? line[..seriesEnd] : line;
        value = 0;
        return seriesEnd > 0
            && double.TryParse(line[seriesEnd..].Trim().Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
