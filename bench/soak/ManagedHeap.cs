namespace Agrovet.Bench.Soak;

/// <summary>
/// A service's managed heap as its last garbage collection left it, read from its <c>/metrics</c> (the runtime's
/// <c>dotnet.gc.last_collection.heap.size</c>, summed over the generations): what stays alive, without the memory the GC
/// keeps in reserve and the JIT's code that make resident memory drift. Null when the service does not answer.
/// </summary>
public static class ManagedHeap
{
    private const string Metric = "dotnet_gc_last_collection_heap_size_bytes";

    public static async Task<long?> AfterLastCollectionAsync(HttpClient http, Uri managementUrl, CancellationToken cancellationToken) =>
        await ServiceMetrics.ReadAsync(http, managementUrl, cancellationToken) is { } lines && ServiceMetrics.Sum(lines, Metric) is { } bytes
            ? (long)bytes
            : null;
}
