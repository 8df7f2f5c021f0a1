using Agrovet.Auth.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Agrovet.Auth.Users;

/// <summary>
/// User rows by id for the per-request paths (<c>me</c>, token verification), so a signed-in request costs no
/// database query. Entries live briefly and are dropped by <see cref="UserChanges"/> when the user changes; other
/// instances may serve a stale row until it expires, which is why revocation goes through the token denylist.
/// </summary>
public sealed class UserCache(IOptions<AuthOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly TimeSpan _duration = options.Value.UserCacheDuration;

    public async ValueTask<CachedUser?> GetAsync(long userId, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(userId, out CachedUser? cached))
        {
            return cached;
        }

        var db = services.GetRequiredService<AuthDbContext>();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new CachedUser(new UserResponse(u.Id, u.Username, u.Email, u.Role, u.DateJoined), u.IsActive))
            .FirstOrDefaultAsync(cancellationToken);
        if (user is not null)
        {
            _cache.Set(userId, user, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _duration, Size = 1 });
        }

        return user;
    }

    public void Remove(long userId) => _cache.Remove(userId);

    public void Dispose() => _cache.Dispose();
}
