using System.Globalization;

namespace Agrovet.Bench.Soak;

/// <summary>
/// A service's managed heap as its last garbage collection left it, read from its <c>/metrics</c> (the runtime's
/// <c>dotnet.gc.last_collection.heap.size</c>, summed over the generations): what stays alive, without the memory the GC
/// keeps in reserve and the JIT's code that make resident memory drift. Null when the service does not answer.
/// </summary>
public static class ManagedHeap
{
    private const string Metric = "dotnet_gc_last_collection_heap_size_bytes";

    public static async Task<long?> AfterLastCollectionAsync(HttpClient http, Uri managementUrl, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await http.GetStringAsync(new Uri(managementUrl, "/metrics"), cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }

        double total = 0;
        var found = false;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(Metric, StringComparison.Ordinal) || (line.Length > Metric.Length && line[Metric.Length] is not ('{' or ' ')))
            {
                continue;
            }

            var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bytes))
            {
                total += bytes;
                found = true;
            }
        }

        return found ? (long)total : null;
    }
}
