using System.Collections.Concurrent;
using Agrovet.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Agrovet.Forum.Common;

/// <summary>
/// Feed pages and threads as read without a token (the same for everyone: no my_vote, no moderator view), kept for
/// <see cref="ForumOptions.AnonymousReadExpiration"/>: most readers of a forum are not signed in and read the same
/// first pages and popular threads, which would otherwise cost their queries (and a 1,000-comment thread its tree and
/// 300 KB of JSON) each time. Keyed by the whole URL, host included, because pages carry absolute next/previous links.
/// A change to any post makes everything stale at once (<see cref="PostsChanged"/>); a change to a comment makes its
/// post's threads stale (<see cref="CommentsChanged"/>). Votes and counters show within the expiration.
/// </summary>
public sealed class AnonymousReads : IDisposable
{
    private const string CacheName = "anonymous_read";

    private readonly MemoryCache _entries;
    private readonly MemoryCache _threadGenerations = new(new MemoryCacheOptions());
    private readonly ConcurrentDictionary<string, Read> _reads = new(StringComparer.Ordinal);
    private readonly TimeSpan _expiration;
    private long _generation;

    public AnonymousReads(IOptions<ForumOptions> options)
    {
        _expiration = options.Value.AnonymousReadExpiration;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.AnonymousReadEntries) });
    }

    public bool IsEnabled => _expiration > TimeSpan.Zero;

    public static string Key(HttpRequest request) =>
        string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);

    /// <summary>What an entry read now depends on; take it before reading, and pass it to <see cref="ReadThroughAsync{T}"/>.</summary>
    public Stamp StampOf(long? postId) =>
        new(Interlocked.Read(ref _generation), postId, postId is { } id && _threadGenerations.TryGetValue(id, out long thread) ? thread : 0);

    /// <summary>
    /// What is remembered under <paramref name="key"/> for <paramref name="stamp"/>, else what <paramref name="read"/>
    /// gives (remembered unless null: a refusal, not a page). Callers asking for the same key under the same stamp while
    /// it is being read wait for that read instead of each reading the database: without this, every request that
    /// arrives while an expired page is read again reads it too, and under load that herd grows with the load (paging
    /// through a feed missed the cache on 10–22% of requests). A waiter whose read fails or answers null reads on its own.
    /// The cache's counters say hit for an answer that did not read the database (remembered or shared), miss otherwise.
    /// </summary>
    public async Task<T?> ReadThroughAsync<T>(string key, Stamp stamp, Func<Task<T?>> read)
        where T : class
    {
        if (TryGet(key, stamp, out T remembered))
        {
            CacheTelemetry.Hit(CacheName);
            return remembered;
        }

        var ours = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var flight = _reads.GetOrAdd(key, new Read(stamp, ours.Task));
        if (flight.Result != ours.Task)
        {
            if (flight.Stamp == stamp && await flight.Result is T shared)
            {
                CacheTelemetry.Hit(CacheName);
                return shared;
            }

            return await ReadAndRememberAsync(key, stamp, read);
        }

        try
        {
            var value = await ReadAndRememberAsync(key, stamp, read);
            ours.SetResult(value);
            return value;
        }
        catch
        {
            ours.SetResult(null);
            throw;
        }
        finally
        {
            _reads.TryRemove(new KeyValuePair<string, Read>(key, flight));
        }
    }

    /// <summary>A post was published, edited, deleted or moderated: every feed page and thread is stale from now on.</summary>
    public void PostsChanged() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// A comment of the post was added, edited, deleted or moderated: its threads are stale from now on. The post's
    /// generation is kept twice the expiration: by then every entry stored under an older one has expired too.
    /// </summary>
    public void CommentsChanged(long postId)
    {
        lock (_threadGenerations)
        {
            var next = (_threadGenerations.TryGetValue(postId, out long current) ? current : 0) + 1;
            _threadGenerations.Set(postId, next, _expiration * 2);
        }
    }

    public void Dispose()
    {
        _entries.Dispose();
        _threadGenerations.Dispose();
    }

    private bool TryGet<T>(string key, Stamp stamp, out T value)
        where T : class
    {
        if (IsEnabled && _entries.TryGetValue(key, out Entry? entry) && entry!.Stamp == stamp && entry.Value is T found)
        {
            value = found;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Reads, and stores what was read unless it is null or something changed since the stamp was taken.</summary>
    private async Task<T?> ReadAndRememberAsync<T>(string key, Stamp stamp, Func<Task<T?>> read)
        where T : class
    {
        if (IsEnabled)
        {
            CacheTelemetry.Miss(CacheName);
        }

        var value = await read();
        if (value is not null && IsEnabled && StampOf(stamp.PostId) == stamp)
        {
            _entries.Set(key, new Entry(value, stamp), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _expiration });
        }

        return value;
    }

    /// <summary>The generations an entry was read under: everything's, and its post's threads' (none for feeds).</summary>
    public readonly record struct Stamp(long All, long? PostId, long Post);

    private sealed record Entry(object Value, Stamp Stamp);

    /// <summary>A read of a key in progress, under the stamp it was started with.</summary>
    private sealed record Read(Stamp Stamp, Task<object?> Result);
}
