using Agrovet.Forum.Posts;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Agrovet.Forum.Feeds;

/// <summary>
/// Pages of the feeds as read without a token (the same for everyone: no my_vote, no moderator view), kept for
/// <see cref="ForumOptions.AnonymousFeedExpiration"/>: most readers of a forum are not signed in and read the same
/// first pages, which would otherwise cost two queries each. Keyed by the whole URL, host included, because the page's
/// next and previous links are absolute. A change to a post here bumps a generation that makes every page stale at once.
/// </summary>
public sealed class AnonymousFeedCache : IDisposable
{
    private readonly MemoryCache _pages;
    private readonly TimeSpan _expiration;
    private long _generation;

    public AnonymousFeedCache(IOptions<ForumOptions> options)
    {
        _expiration = options.Value.AnonymousFeedExpiration;
        _pages = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.AnonymousFeedEntries) });
    }

    public bool IsEnabled => _expiration > TimeSpan.Zero;

    /// <summary>Read before reading a page that is to be stored with <see cref="Set"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public static string Key(HttpRequest request) => string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);

    public bool TryGet(string key, out PagedResponse<PostResponse> page)
    {
        if (IsEnabled && _pages.TryGetValue(key, out Entry? entry) && entry!.Generation == Generation)
        {
            CacheTelemetry.Hit("anonymous_feed");
            page = entry.Page;
            return true;
        }

        if (IsEnabled)
        {
            CacheTelemetry.Miss("anonymous_feed");
        }

        page = null!;
        return false;
    }

    /// <summary>Stores a page; ignored when a post changed since <paramref name="generation"/> was read.</summary>
    public void Set(string key, PagedResponse<PostResponse> page, long generation)
    {
        if (IsEnabled && generation == Generation)
        {
            _pages.Set(key, new Entry(page, generation), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _expiration });
        }
    }

    /// <summary>Every page is stale from now on.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _pages.Dispose();

    private sealed record Entry(PagedResponse<PostResponse> Page, long Generation);
}
