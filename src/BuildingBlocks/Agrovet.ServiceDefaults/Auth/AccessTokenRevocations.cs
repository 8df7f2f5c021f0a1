using System.Collections.Concurrent;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// This process's copy of the denylist, so an authenticated request asks no one: filled from Redis when the process
/// subscribes, kept current by the revocations announced on <see cref="AccessTokenRevocation.ChannelOf"/> and by this
/// process's own writes (at once), loaded again whenever the connection to Redis comes back and now and then
/// (<see cref="AccessTokenRevocationSubscriber"/>). Until a load has completed, and from a lost connection until
/// the next one, it is not <see cref="IsComplete"/> and the denylist asks Redis as before.
/// </summary>
public sealed class AccessTokenRevocations(TimeProvider time)
{
    /// <summary>How long an announcement that does not say keeps its entry: longer than any access token lives.</summary>
    private static readonly TimeSpan KeptWhenUnsaid = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, long> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long IssuedUpTo, long KeptUntil)> _users = new(StringComparer.Ordinal);
    private readonly Lock _state = new();
    private bool _complete;
    private int _connection;
    private Action<AccessTokenRevocation>[] _announced = [];

    /// <summary>
    /// Each revocation as its announcement arrives (from any process, this one included), for whoever must act on it at
    /// once (chat closes the sockets it covers); raised on the subscription's thread, so handlers stay short.
    /// </summary>
    public IDisposable OnAnnounced(Action<AccessTokenRevocation> handler)
    {
        lock (_state)
        {
            _announced = [.. _announced, handler];
        }

        return new Unregistration(this, handler);
    }

    /// <summary>Whether every revocation in Redis is known here (a load completed and the subscription held since).</summary>
    public bool IsComplete => Volatile.Read(ref _complete);

    public void Apply(AccessTokenRevocation? revocation)
    {
        if (revocation is null)
        {
            return;
        }

        var keptUntil = revocation.KeptUntilUnixMilliseconds > 0
            ? revocation.KeptUntilUnixMilliseconds
            : (time.GetUtcNow() + KeptWhenUnsaid).ToUnixTimeMilliseconds();
        if (revocation.TokenId is { } tokenId)
        {
            _tokens.AddOrUpdate(tokenId, keptUntil, (_, kept) => Math.Max(kept, keptUntil));
        }
        else if (revocation.UserId is { } userId)
        {
            var entry = (revocation.IssuedUpToUnixMilliseconds, keptUntil);
            _users.AddOrUpdate(userId, entry, (_, known) => (Math.Max(known.IssuedUpTo, entry.IssuedUpToUnixMilliseconds), Math.Max(known.KeptUntil, keptUntil)));
        }
    }

    internal void ApplyAnnounced(AccessTokenRevocation? revocation)
    {
        Apply(revocation);
        if (revocation is not null)
        {
            foreach (var handler in Volatile.Read(ref _announced))
            {
                handler(revocation);
            }
        }
    }

    /// <summary>Whether the copy holds a revocation covering the token (complete or not: what it knows is true).</summary>
    public bool Covers(string tokenId, string userId, DateTimeOffset issuedAt)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (_tokens.TryGetValue(tokenId, out var keptUntil) && keptUntil > now)
        {
            return true;
        }

        return _users.TryGetValue(userId, out var user) && user.KeptUntil > now && issuedAt.ToUnixTimeMilliseconds() <= user.IssuedUpTo;
    }

    /// <summary>Starts a load; it completes the copy only if the connection held throughout (see <see cref="CompleteLoad"/>).</summary>
    internal int BeginLoad()
    {
        lock (_state)
        {
            return _connection;
        }
    }

    internal void CompleteLoad(int load)
    {
        lock (_state)
        {
            if (load == _connection)
            {
                Volatile.Write(ref _complete, true);
            }
        }
    }

    /// <summary>Announcements may be missed from now until the next load completes.</summary>
    internal void MarkIncomplete()
    {
        lock (_state)
        {
            _connection++;
            Volatile.Write(ref _complete, false);
        }
    }

    /// <summary>Forgets the entries Redis has let expire.</summary>
    internal void Prune()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (tokenId, keptUntil) in _tokens)
        {
            if (keptUntil <= now)
            {
                _tokens.TryRemove(new KeyValuePair<string, long>(tokenId, keptUntil));
            }
        }

        foreach (var (userId, entry) in _users)
        {
            if (entry.KeptUntil <= now)
            {
                _users.TryRemove(new KeyValuePair<string, (long, long)>(userId, entry));
            }
        }
    }

    private sealed class Unregistration(AccessTokenRevocations revocations, Action<AccessTokenRevocation> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (revocations._state)
            {
                revocations._announced = [.. revocations._announced.Where(h => h != handler)];
            }
        }
    }
}
