using System.Runtime.CompilerServices;
using System.Text.Json;
using Agrovet.Marketplace.Ads;
using Agrovet.Marketplace.Data;
using Agrovet.Marketplace.Search;
using Agrovet.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Agrovet.Marketplace.Caching;

/// <summary>
/// Ad details through HybridCache (memory, then Redis, then the database), tagged per ad. Every change to an ad
/// reaches it through <see cref="AdInvalidationsAfterCommit"/>, after the change commits. Redis failures never fail a
/// request: a read falls through to the database, an invalidation still clears this instance's memory.
/// </summary>
public sealed class AdCache(
    HybridCache cache,
    RankedMatchesCache rankedMatches,
    IServiceScopeFactory scopes,
    IOptions<JsonOptions> json,
    IOptions<MarketplaceOptions> options,
    ILogger<AdCache> logger)
{
    private static readonly Func<MarketplaceDbContext, long, CancellationToken, Task<AdResponse?>> LoadAd =
        EF.CompileAsyncQuery((MarketplaceDbContext db, long id, CancellationToken _) => db.Ads.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new AdResponse(
                a.Id, a.Title, a.Description, a.Price, a.Currency, a.Stock, a.Category, a.RegionCode ?? a.Region, a.Region, a.MediaIds, a.Status,
                new UserRef(a.SellerId, a.SellerUsername), a.CreatedAt, a.UpdatedAt))
            .FirstOrDefault());

    private readonly HybridCacheEntryOptions _entryOptions = new()
    {
        Expiration = options.Value.AdCacheExpiration,
        LocalCacheExpiration = options.Value.AdCacheLocalExpiration,
    };

    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    public static string Key(long id) => $"ad:{id}";

    public static string Tag(long id) => $"ad:{id}";

    /// <summary>The ad's JSON, or null when no ad has this id (misses are not cached).</summary>
    public async ValueTask<AdDocument?> GetAsync(long id, CancellationToken cancellationToken)
    {
        // Set when this lookup went to the database (neither memory nor Redis had the ad): the cache's hit ratio.
        var loaded = new StrongBox<bool>();
        try
        {
            var ad = await cache.GetOrCreateAsync(
                Key(id),
                (Id: id, Cache: this, Loaded: loaded),
                static (state, ct) =>
                {
                    state.Loaded.Value = true;
                    return state.Cache.LoadAsync(state.Id, ct);
                },
                _entryOptions,
                [Tag(id)],
                cancellationToken);
            Count(loaded.Value);
            return ad;
        }
        catch (AdMissingException)
        {
            Count(loaded: true);
            return null;
        }
    }

    private static void Count(bool loaded)
    {
        if (loaded)
        {
            CacheTelemetry.Miss("ad");
        }
        else
        {
            CacheTelemetry.Hit("ad");
        }
    }

    /// <summary>
    /// Drops the ad from this instance's memory and from Redis, so the next read anywhere sees the change, and makes
    /// remembered ranked searches stale (the ad may enter or leave them).
    /// </summary>
    public Task InvalidateAsync(long id)
    {
        rankedMatches.Invalidate();
        return InvalidateStockAsync(id);
    }

    /// <summary>After a change of stock alone (a purchase that leaves some): searches are unaffected, the detail is not.</summary>
    public async Task InvalidateStockAsync(long id)
    {
        try
        {
            await cache.RemoveAsync(Key(id));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not remove ad {AdId} from the Redis cache; other instances may serve it until it expires", id);
        }

        try
        {
            await cache.RemoveByTagAsync(Tag(id));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "Could not record the invalidation of tag {Tag} in Redis", Tag(id));
        }
    }

    /// <summary>Remembered ranked searches are stale (a new ad may enter them); no detail changed.</summary>
    public void InvalidateSearches() => rankedMatches.Invalidate();

    // Runs in its own scope: HybridCache may finish the load after the request that started it is gone.
    private async ValueTask<AdDocument> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var ad = await LoadAd(db, id, cancellationToken) ?? throw new AdMissingException();
        return new AdDocument(JsonSerializer.SerializeToUtf8Bytes(ad, _json.GetTypeInfo(typeof(AdResponse))));
    }

    /// <summary>Keeps "no such ad" out of the cache: HybridCache stores whatever a factory returns, but not what it throws.</summary>
    private sealed class AdMissingException : Exception;
}
