using System.Globalization;
using Agrovet.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Agrovet.Marketplace.Search;

/// <summary>
/// Remembers, per ranked search (its text and filters, not its page), the exact count and the best-ranked ids, so
/// that the next pages and the next people asking the same thing skip ranking every match again; the page's ads are
/// still read fresh (stock, price). Any change that can move an ad in or out of a search or change its rank (a new ad,
/// an edit, a withdrawal, selling out, a seller deactivated) bumps a generation that makes every entry stale at once;
/// a purchase that leaves stock does not. Entries are per instance and live <see cref="MarketplaceOptions.SearchCacheExpiration"/>
/// at most, which bounds how long another instance's change can go unseen here.
/// </summary>
public sealed class RankedMatchesCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly TimeSpan _expiration;
    private long _generation;

    public RankedMatchesCache(IOptions<MarketplaceOptions> options)
    {
        _expiration = options.Value.SearchCacheExpiration;
        TopIds = options.Value.SearchCacheTopIds;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SearchCacheEntries });
    }

    public bool IsEnabled => _expiration > TimeSpan.Zero && TopIds > 0;

    /// <summary>How many of the best ids an entry keeps; pages past them are ranked by the database each time.</summary>
    public int TopIds { get; }

    /// <summary>Read before running a search whose result is to be stored with <see cref="Set"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public static string Key(AdFilter filter) => string.Join(
        '\u001f',
        filter.Query,
        filter.Category,
        filter.Region,
        filter.MinPrice?.ToString(CultureInfo.InvariantCulture),
        filter.MaxPrice?.ToString(CultureInfo.InvariantCulture),
        filter.InStock ? "1" : "0",
        filter.SellerId?.ToString(CultureInfo.InvariantCulture),
        filter.Status,
        filter.AllStatuses ? "1" : "0");

    public bool TryGet(string key, out RankedMatches matches)
    {
        if (IsEnabled && _entries.TryGetValue(key, out Entry? entry) && entry!.Generation == Generation)
        {
            CacheTelemetry.Hit("ranked_search");
            matches = entry.Matches;
            return true;
        }

        if (IsEnabled)
        {
            CacheTelemetry.Miss("ranked_search");
        }

        matches = null!;
        return false;
    }

    /// <summary>Stores what a search read; ignored when anything changed since <paramref name="generation"/> was read.</summary>
    public void Set(string key, RankedMatches matches, long generation)
    {
        if (IsEnabled && generation == Generation)
        {
            _entries.Set(key, new Entry(matches, generation), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _expiration });
        }
    }

    /// <summary>Every entry is stale from now on.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(RankedMatches Matches, long Generation);
}
