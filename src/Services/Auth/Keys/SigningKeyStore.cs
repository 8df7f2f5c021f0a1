using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Agrovet.Auth.Data;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.Auth.Keys;

/// <summary>
/// The ES256 keys in <c>auth_db</c>, held in memory: creates the first key, rotates when the signing key is too
/// old (or when asked), and answers the bearer handler's key look-ups so auth validates its own tokens without
/// calling its JWKS endpoint. Creation and rotation hold a PostgreSQL advisory lock, so instances starting or
/// rotating together create one key.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IOptions<AuthOptions> options, TimeProvider time, ILogger<SigningKeyStore> logger)
    : ISigningKeyProvider, IDisposable
{
    private const long RotationLockId = 0x4167_726f_4b65_7973;
    private static readonly TimeSpan UnknownKeyReloadInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan BlockingLoadTimeout = TimeSpan.FromSeconds(5);

    // Beyond the token lifetime: other instances keep signing with a replaced key until their next refresh, and
    // validators allow clock skew.
    private static readonly TimeSpan RetirementMargin = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile KeyRing? _ring;
    private long _lastUnknownKeyReload;

    public async ValueTask<KeyRing> GetRingAsync(CancellationToken cancellationToken) =>
        _ring ?? await RefreshAsync(cancellationToken);

    /// <summary>Reloads the published keys (another instance may have rotated) and rotates when the signing key is due.</summary>
    public Task<KeyRing> RefreshAsync(CancellationToken cancellationToken) => LoadAsync(forceRotation: false, cancellationToken);

    /// <summary>Signs with a new key from now on; the previous ones stay published until their tokens have expired.</summary>
    public Task<KeyRing> RotateAsync(CancellationToken cancellationToken) => LoadAsync(forceRotation: true, cancellationToken);

    public IReadOnlyList<SecurityKey> GetSigningKeys(string? keyId)
    {
        var ring = _ring ?? WaitFor(RefreshAsync(CancellationToken.None));
        if (ring is null)
        {
            return [];
        }

        if (keyId is null)
        {
            return ring.All;
        }

        if (ring.ByKid.TryGetValue(keyId, out var keys))
        {
            return keys;
        }

        // Another instance may have rotated. Look again, but rarely enough that made-up kids cannot load the database.
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastUnknownKeyReload);
        if (time.GetElapsedTime(last, now) < UnknownKeyReloadInterval || Interlocked.CompareExchange(ref _lastUnknownKeyReload, now, last) != last)
        {
            return [];
        }

        ring = WaitFor(RefreshAsync(CancellationToken.None)) ?? ring;
        return ring.ByKid.TryGetValue(keyId, out keys) ? keys : [];
    }

    public void Dispose() => _gate.Dispose();

    private KeyRing? WaitFor(Task<KeyRing> loading)
    {
        try
        {
            return loading.Wait(BlockingLoadTimeout) ? loading.Result : null;
        }
        catch (AggregateException e)
        {
            logger.LogWarning(e.InnerException, "Could not load the signing keys to validate a token");
            return null;
        }
    }

    private async Task<KeyRing> LoadAsync(bool forceRotation, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            var keys = await PublishedAsync(db, cancellationToken);
            if (forceRotation || IsRotationDue(keys))
            {
                keys = await RotateUnderLockAsync(db, forceRotation, cancellationToken);
            }

            var ring = Build(keys, _ring);
            _ring = ring;
            return ring;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<SigningKey>> RotateUnderLockAsync(AuthDbContext db, bool force, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RotationLockId})", cancellationToken);

        // Another instance may have created a key while this one waited for the lock.
        var keys = await PublishedAsync(db, cancellationToken);
        if (force || IsRotationDue(keys))
        {
            var now = Now();
            var settings = options.Value;
            var retireAt = now + settings.AccessTokenLifetime + settings.SigningKeyRefreshInterval + RetirementMargin;
            await db.SigningKeys.Where(k => k.RetiresAt == null).ExecuteUpdateAsync(s => s.SetProperty(k => k.RetiresAt, retireAt), cancellationToken);
            await db.SigningKeys.Where(k => k.RetiresAt < now).ExecuteDeleteAsync(cancellationToken);
            var created = CreateKey(now);
            db.SigningKeys.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created signing key {Kid}", created.Kid);
            keys = await PublishedAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return keys;
    }

    private Task<List<SigningKey>> PublishedAsync(AuthDbContext db, CancellationToken cancellationToken)
    {
        var now = Now();
        return db.SigningKeys.AsNoTracking()
            .Where(k => k.RetiresAt == null || k.RetiresAt > now)
            .OrderByDescending(k => k.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    private bool IsRotationDue(List<SigningKey> keys) =>
        Signing(keys) is not { } current || Now() - current.CreatedAt >= options.Value.SigningKeyMaxAge;

    private static SigningKey? Signing(List<SigningKey> keys) =>
        keys.Where(k => k.RetiresAt is null).MaxBy(k => k.CreatedAt);

    private KeyRing Build(List<SigningKey> keys, KeyRing? previous)
    {
        var byKid = new Dictionary<string, IReadOnlyList<SecurityKey>>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            byKid[key.Kid] = previous is not null && previous.ByKid.TryGetValue(key.Kid, out var loaded) ? loaded : [Import(key)];
        }

        var signing = Signing(keys) ?? throw new InvalidOperationException("There is no signing key.");
        return new KeyRing(
            signing.Kid,
            signing.CreatedAt,
            new SigningCredentials(byKid[signing.Kid][0], SecurityAlgorithms.EcdsaSha256),
            byKid,
            [.. byKid.Values.Select(k => k[0])],
            new JwksResponse([.. keys.Select(k => JsonSerializer.Deserialize(k.PublicJwk, AuthJsonContext.Default.PublicJwk)!)]),
            time.GetUtcNow());
    }

    private static ECDsaSecurityKey Import(SigningKey key)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        return new ECDsaSecurityKey(ecdsa) { KeyId = key.Kid };
    }

    private static SigningKey CreateKey(DateTime now)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = ecdsa.ExportParameters(includePrivateParameters: false).Q;
        var x = Base64Url.EncodeToString(point.X);
        var y = Base64Url.EncodeToString(point.Y);

        // The kid is the key's RFC 7638 thumbprint.
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""";
        var kid = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var jwk = new PublicJwk("EC", "P-256", x, y, kid, "sig", SecurityAlgorithms.EcdsaSha256);
        return new SigningKey
        {
            Kid = kid,
            PrivateKey = ecdsa.ExportPkcs8PrivateKey(),
            PublicJwk = JsonSerializer.Serialize(jwk, AuthJsonContext.Default.PublicJwk),
            CreatedAt = now,
        };
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
