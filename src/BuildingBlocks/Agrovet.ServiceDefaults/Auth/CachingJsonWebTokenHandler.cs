using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// Remembers tokens whose signature and claims were already checked, so a client calling many times with the same
/// access token pays for the ECDSA verification once. Only successes are kept, never past the token's expiry, and
/// for at most <see cref="MaxAge"/> (so a key withdrawn from the JWKS stops being honoured soon). Revocation is not
/// affected: the denylist is still consulted on every request, after validation.
/// </summary>
internal sealed class CachingJsonWebTokenHandler(ValidatedTokenCache cache, TimeProvider time) : JsonWebTokenHandler
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(2);

    private readonly MemoryCache _validated = cache.Entries;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_validated.TryGetValue(token, out TokenValidationResult? known) && known!.SecurityToken.ValidTo > now)
        {
            return known;
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken.ValidTo > now)
        {
            var until = result.SecurityToken.ValidTo < now + MaxAge ? result.SecurityToken.ValidTo : now + MaxAge;
            _validated.Set(token, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(until, TimeSpan.Zero) });
        }

        return result;
    }
}

/// <summary>The memory behind <see cref="CachingJsonWebTokenHandler"/>: a singleton, bounded to 20,000 tokens.</summary>
internal sealed class ValidatedTokenCache : IDisposable
{
    public MemoryCache Entries { get; } = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public void Dispose() => Entries.Dispose();
}
