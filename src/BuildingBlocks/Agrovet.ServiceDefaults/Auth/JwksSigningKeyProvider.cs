using Agrovet.ServiceDefaults.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// Fetches the auth service's JWKS over its internal URL, caches it, and refetches when a token names a key id
/// it does not know (at most once per <see cref="UnknownKeyRefreshInterval"/>, so garbage kids cannot hammer auth).
/// </summary>
public sealed class JwksSigningKeyProvider(HttpClient http, InternalServiceUrls urls, TimeProvider time, ILogger<JwksSigningKeyProvider> logger)
    : ISigningKeyProvider
{
    public const string JwksPath = "/api/auth/.well-known/jwks.json";
    private static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private volatile KeySet _keys = KeySet.Empty;
    private Task? _refreshing;

    public IReadOnlyList<SecurityKey> GetSigningKeys(string? keyId)
    {
        var keys = _keys;
        var now = time.GetUtcNow();
        if (keyId is not null && keys.ById.TryGetValue(keyId, out var known))
        {
            if (now - keys.FetchedAt > MaxAge)
            {
                _ = RefreshAsync();
            }

            return [known];
        }

        if (now - keys.FetchedAt > UnknownKeyRefreshInterval)
        {
            // Rare: first token after start, or a key rotated since the last fetch. Wait briefly for it.
            RefreshAsync().Wait(TimeSpan.FromSeconds(3));
            keys = _keys;
        }

        if (keyId is null)
        {
            return keys.All;
        }

        return keys.ById.TryGetValue(keyId, out var found) ? [found] : [];
    }

    private Task RefreshAsync()
    {
        lock (_gate)
        {
            if (_refreshing is { IsCompleted: false })
            {
                return _refreshing;
            }

            _refreshing = FetchAsync();
            return _refreshing;
        }
    }

    private async Task FetchAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            var json = await http.GetStringAsync(new Uri(urls.Auth, JwksPath), timeout.Token);
            var set = new JsonWebKeySet(json);
            var byId = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
            foreach (var key in set.GetSigningKeys())
            {
                if (key.KeyId is not null)
                {
                    byId[key.KeyId] = key;
                }
            }

            _keys = new KeySet(byId, [.. byId.Values], time.GetUtcNow());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ArgumentException)
        {
            logger.LogWarning(e, "Could not fetch signing keys from {Url}; tokens with unknown keys are refused until it answers", new Uri(urls.Auth, JwksPath));
            // Remember the failed attempt so that every request does not wait on an unreachable auth service.
            _keys = _keys with { FetchedAt = time.GetUtcNow() };
        }
    }

    private sealed record KeySet(IReadOnlyDictionary<string, SecurityKey> ById, IReadOnlyList<SecurityKey> All, DateTimeOffset FetchedAt)
    {
        public static readonly KeySet Empty = new(new Dictionary<string, SecurityKey>(), [], DateTimeOffset.MinValue);
    }
}
