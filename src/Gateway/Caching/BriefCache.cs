namespace Agrovet.Gateway.Caching;

/// <summary>
/// Remembers one value per key for a short while (<paramref name="keepFor"/> decides, per value), fetching a key at
/// most once at a time: many clients asking together cost the service behind it one request.
/// </summary>
public sealed class BriefCache<TValue>(TimeProvider time, Func<TValue, TimeSpan> keepFor)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<Fetched>> _entries = new(StringComparer.Ordinal);

    public Task<TValue> GetAsync(string key, Func<Task<TValue>> fetch, CancellationToken cancellationToken)
    {
        Task<Fetched> entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!) || IsStale(entry))
            {
                entry = FetchAsync(fetch);
                _entries[key] = entry;
            }
        }

        return ValueOf(entry, cancellationToken);
    }

    private static async Task<TValue> ValueOf(Task<Fetched> entry, CancellationToken cancellationToken) =>
        (await entry.WaitAsync(cancellationToken)).Value;

    private async Task<Fetched> FetchAsync(Func<Task<TValue>> fetch)
    {
        var value = await fetch();
        return new Fetched(value, time.GetUtcNow());
    }

    private bool IsStale(Task<Fetched> entry) =>
        entry.IsCompleted && (!entry.IsCompletedSuccessfully || time.GetUtcNow() - entry.Result.At >= keepFor(entry.Result.Value));

    private sealed record Fetched(TValue Value, DateTimeOffset At);
}
