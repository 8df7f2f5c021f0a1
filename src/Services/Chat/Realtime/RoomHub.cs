using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Agrovet.Chat.Data;
using Agrovet.Chat.Rooms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.Chat.Realtime;

/// <summary>
/// This instance's open connections by room and by user, and the Redis pub/sub that joins the instances: an event is
/// delivered to the local connections of its room at once and published on the room's channel, which the other
/// instances with connections in that room subscribe to (each instance subscribes once per room, so each connection
/// gets each event once). Kicks (a member removed, an account deactivated) go to every instance on one channel.
/// Presence lives in Redis as one sorted set per room whose members are (user, instance) pairs scored by when they
/// lapse: each instance refreshes its own pairs every third of <see cref="ChatOptions.PresenceTtl"/>, so the users of
/// an instance that died stop showing online within that time, while those connected elsewhere stay; the instance that
/// prunes their lapsed pairs tells the room they went offline.
/// </summary>
public sealed partial class RoomHub(
    IConnectionMultiplexer redis, IServiceScopeFactory scopes, IOptions<ChatOptions> options, TimeProvider time, ILogger<RoomHub> logger)
    : IHostedService, IDisposable
{
    /// <summary>Takes out and returns the pairs of a presence set (KEYS[1]) that lapsed by ARGV[1], in one step.</summary>
    private const string TakeLapsed = """
        local lapsed = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
        for _, member in ipairs(lapsed) do
            redis.call('ZREM', KEYS[1], member)
        end
        return lapsed
        """;

    /// <summary>Messages held per room waiting for a late predecessor; more release them all at once.</summary>
    private const int MaxHeld = 1024;

    private readonly Guid _origin = Guid.NewGuid();
    private readonly Lock _gate = new();
    private readonly Dictionary<long, RoomEntry> _rooms = [];
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<ChatConnection, byte>> _byUser = new();
    private readonly string _prefix = options.Value.ChannelPrefix;
    private readonly TimeSpan _presenceTtl = options.Value.PresenceTtl;
    private readonly TimeSpan _reorderWait = options.Value.ReorderWait;
    private readonly Dictionary<(long Room, long User), int> _present = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task _heartbeat = Task.CompletedTask;
    private ChannelMessageQueue? _kicks;
    private int _connections;
    private int _liveInstances = 1;

    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>The chat instances alive (this one included) as of the last heartbeat; 1 while Redis has not said.</summary>
    public int LiveInstances => Volatile.Read(ref _liveInstances);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _kicks = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(_prefix + "kicks"));
            _kicks.OnMessage(m => OnKick(m.Message));
            await CountInstancesAsync(redis.GetDatabase());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Without Redis this instance still serves its own connections; kicks from others wait for the token check.
            LogRedisDown(logger, e);
        }

        _heartbeat = HeartbeatAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _heartbeat;
        try
        {
            await redis.GetDatabase().SortedSetRemoveAsync(InstancesKey, _origin.ToString("N"));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Its entry lapses by itself.
        }

        if (_kicks is not null)
        {
            await _kicks.UnsubscribeAsync();
        }

        foreach (var connection in AllConnections())
        {
            connection.Close(CloseCodes.GoingAway, () => Texts.ServerRestarting);
        }
    }

    /// <summary>Adds a connection; returns once its room's channel is subscribed, so nothing published after this is missed.</summary>
    public async Task AttachAsync(ChatConnection connection)
    {
        RoomEntry entry;
        lock (_gate)
        {
            if (!_rooms.TryGetValue(connection.RoomId, out entry!))
            {
                entry = new RoomEntry();
                entry.Subscription = SubscribeAsync(connection.RoomId);
                _rooms[connection.RoomId] = entry;
            }

            entry.Connections = [.. entry.Connections, connection];
        }

        _byUser.GetOrAdd(connection.User.Id, _ => new()).TryAdd(connection, 0);
        Interlocked.Increment(ref _connections);
        ChatTelemetry.Connected();
        await entry.Subscription;
    }

    public void Detach(ChatConnection connection)
    {
        ChannelMessageQueue? unsubscribe = null;
        lock (_gate)
        {
            if (_rooms.TryGetValue(connection.RoomId, out var entry) && entry.Connections.Contains(connection))
            {
                entry.Connections = [.. entry.Connections.Where(c => c != connection)];
                Interlocked.Decrement(ref _connections);
                ChatTelemetry.Disconnected();
                if (entry.Connections.Length == 0)
                {
                    _rooms.Remove(connection.RoomId);
                    unsubscribe = entry.Subscription.IsCompletedSuccessfully ? entry.Subscription.Result : null;
                }
            }
        }

        if (_byUser.TryGetValue(connection.User.Id, out var mine))
        {
            mine.TryRemove(connection, out _);
        }

        if (unsubscribe is not null)
        {
            _ = UnsubscribeAsync(unsubscribe);
        }
    }

    /// <summary>
    /// Delivers the events here and hands them to Redis for the other instances, in order, before it returns; the task
    /// completes once Redis has them. Events published one call after another reach every instance in that order.
    /// </summary>
    public Task PublishAsync(IReadOnlyList<ChatEvent> events)
    {
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }

        var subscriber = redis.GetSubscriber();
        var published = new Task[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            Deliver(events[i]);
            try
            {
                published[i] = subscriber.PublishAsync(RoomChannel(events[i].RoomId), RelayEnvelope.Write(events[i], _origin));
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                published[i] = Task.FromException(e);
            }
        }

        return AcknowledgedAsync(published);
    }

    private async Task AcknowledgedAsync(Task[] published)
    {
        try
        {
            await Task.WhenAll(published);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Stored messages are not lost: other instances' clients fill the gap with the next message or on reconnect.
            LogRedisDown(logger, e);
        }
    }

    public Task PublishAsync(ChatEvent e) => PublishAsync([e]);

    /// <summary>
    /// Closes <paramref name="userId"/>'s connections (to one room, or all) on every instance, each with the
    /// <see cref="Texts"/> message named <paramref name="reason"/> in its own client's language.
    /// </summary>
    public async Task KickAsync(long userId, long? roomId, int code, string reason)
    {
        KickHere(userId, roomId, code, reason);
        var message = string.Create(CultureInfo.InvariantCulture, $"{userId} {roomId ?? 0} {code} {reason}");
        try
        {
            await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(_prefix + "kicks"), message);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisDown(logger, e);
        }
    }

    public IEnumerable<ChatConnection> AllConnections() => _byUser.Values.SelectMany(c => c.Keys);

    /// <summary>Marks the user online in the room; true when this is their first connection to it anywhere.</summary>
    public async Task<bool> CameOnlineAsync(long roomId, long userId)
    {
        if (Count(roomId, userId, +1) != 1)
        {
            return false;
        }

        try
        {
            var db = redis.GetDatabase();
            var key = PresenceKey(roomId);
            await Task.WhenAll(db.SortedSetAddAsync(key, PresenceMember(userId), LapseScore()), db.KeyExpireAsync(key, _presenceTtl));
            return !await OnlineElsewhereAsync(db, key, userId);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisDown(logger, e);
            return false;
        }
    }

    /// <summary>Marks one connection of the user gone; true when it was their last one to the room anywhere.</summary>
    public async Task<bool> WentOfflineAsync(long roomId, long userId)
    {
        if (Count(roomId, userId, -1) != 0)
        {
            return false;
        }

        try
        {
            var db = redis.GetDatabase();
            var key = PresenceKey(roomId);
            await db.SortedSetRemoveAsync(key, PresenceMember(userId));
            if (await OnlineElsewhereAsync(db, key, userId))
            {
                return false;
            }

            // The offline frame this answer leads to covers the user's pairs of dead instances too: the heartbeat's
            // pruning must not announce them a second time.
            var lapsed = (await db.SortedSetRangeByScoreAsync(key, double.NegativeInfinity, NowScore())).Where(m => ParseMember(m)?.User == userId).ToArray();
            if (lapsed.Length > 0)
            {
                await db.SortedSetRemoveAsync(key, lapsed);
            }

            return true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisDown(logger, e);
            return false;
        }
    }

    public async Task<IReadOnlyList<long>> OnlineAsync(long roomId)
    {
        try
        {
            return [.. (await LiveMembersAsync(redis.GetDatabase(), PresenceKey(roomId))).Select(m => m.User).Distinct().Order()];
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisDown(logger, e);
            return [];
        }
    }

    /// <summary>This instance's connections of the user to the room after adding <paramref name="delta"/>.</summary>
    private int Count(long roomId, long userId, int delta)
    {
        lock (_present)
        {
            var count = _present.GetValueOrDefault((roomId, userId)) + delta;
            if (count > 0)
            {
                _present[(roomId, userId)] = count;
            }
            else
            {
                _present.Remove((roomId, userId));
            }

            return Math.Max(count, 0);
        }
    }

    private async Task<bool> OnlineElsewhereAsync(IDatabase db, RedisKey key, long userId) =>
        (await LiveMembersAsync(db, key)).Any(m => m.User == userId && m.Instance != _origin);

    private async Task<List<(long User, Guid Instance)>> LiveMembersAsync(IDatabase db, RedisKey key)
    {
        var members = await db.SortedSetRangeByScoreAsync(key, start: NowScore(), exclude: Exclude.Start);
        var live = new List<(long, Guid)>(members.Length);
        foreach (var member in members)
        {
            if (ParseMember(member) is { } pair)
            {
                live.Add(pair);
            }
        }

        return live;
    }

    private static (long User, Guid Instance)? ParseMember(RedisValue member)
    {
        var text = (string?)member ?? string.Empty;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(text.AsSpan(0, colon), CultureInfo.InvariantCulture, out var user) && Guid.TryParse(text.AsSpan(colon + 1), out var instance)
            ? (user, instance)
            : null;
    }

    /// <summary>
    /// Every third of the TTL: this instance's pairs pushed forward, lapsed ones (a dead instance's) dropped, and the
    /// rooms told of the users who, with them, are online on no instance any more.
    /// </summary>
    private async Task HeartbeatAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_presenceTtl / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                (long Room, long User)[] present;
                lock (_present)
                {
                    present = [.. _present.Keys];
                }

                try
                {
                    var db = redis.GetDatabase();
                    var lapse = LapseScore();
                    // Sent before the pruning on the same connection, so a pair of this instance that lapsed while Redis
                    // was away is pushed forward rather than announced gone.
                    var refreshed = present.SelectMany(p => new Task[]
                    {
                        db.SortedSetAddAsync(PresenceKey(p.Room), PresenceMember(p.User), lapse),
                        db.KeyExpireAsync(PresenceKey(p.Room), _presenceTtl),
                    }).ToList();
                    var pruned = present.Select(p => p.Room).Distinct().Select(room => PruneAsync(db, room)).ToList();
                    await Task.WhenAll(refreshed);
                    await Task.WhenAll(pruned);
                    await CountInstancesAsync(db);
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    LogRedisDown(logger, e);
                }
                catch (DbException e)
                {
                    // The usernames of the users gone could not be read: the rooms learn it from their next hello.
                    LogPresenceNotAnnounced(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: the pairs lapse by themselves, or are removed as the connections close.
        }
    }

    /// <summary>
    /// Drops the room's lapsed pairs and announces offline the users left online nowhere. The pairs are taken out by one
    /// script, so of the instances pruning the room at once exactly one gets each pair: each user is announced once.
    /// </summary>
    private async Task PruneAsync(IDatabase db, long roomId)
    {
        var key = PresenceKey(roomId);
        var lapsed = (RedisValue[]?)await db.ScriptEvaluateAsync(TakeLapsed, [key], [NowScore()]) ?? [];
        var users = lapsed.Select(ParseMember).OfType<(long User, Guid Instance)>().Select(p => p.User).Distinct().ToList();
        if (users.Count == 0)
        {
            return;
        }

        var live = await LiveMembersAsync(db, key);
        var gone = users.Where(u => !live.Exists(m => m.User == u)).ToList();
        if (gone.Count == 0)
        {
            return;
        }

        List<UserRef> refs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var chat = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
            refs = await chat.Users.AsNoTracking().Where(u => gone.Contains(u.Id)).Select(u => new UserRef(u.Id, u.Username)).ToListAsync(_stopping.Token);
        }

        await PublishAsync([.. refs.Select(u => ChatEvent.Transient(roomId, ChatFrames.Serialize(new PresenceFrame("presence", roomId, u, false))))]);
    }

    private double NowScore() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private double LapseScore() => time.GetUtcNow().Add(_presenceTtl).ToUnixTimeMilliseconds();

    public void Dispose() => _stopping.Dispose();

    private RedisValue PresenceMember(long userId) => string.Create(CultureInfo.InvariantCulture, $"{userId}:{_origin:N}");

    /// <summary>
    /// Hands the event to the room's connections here. A message that arrives ahead of the one before it (each instance
    /// publishes after its own commit, so two instances' messages to a room can cross on the way) is held until its
    /// predecessor comes, or for <see cref="ChatOptions.ReorderWait"/> at most: only a message that really went missing
    /// makes each connection read it from the database.
    /// </summary>
    private void Deliver(ChatEvent e)
    {
        RoomEntry? entry;
        lock (_gate)
        {
            if (!_rooms.TryGetValue(e.RoomId, out entry))
            {
                return;
            }
        }

        lock (entry)
        {
            if (!e.IsSequenced || entry.LastSequenced == 0 || e.PreviousId <= entry.LastSequenced)
            {
                entry.Send(e);
                entry.ReleaseHeld(everything: false);
                return;
            }

            entry.Held.TryAdd(e.MessageId, e);
            if (entry.Held.Count > MaxHeld)
            {
                entry.ReleaseHeld(everything: true);
            }
            else if (entry.Held.Count == 1)
            {
                _ = ReleaseHeldLaterAsync(entry);
            }
        }
    }

    private async Task ReleaseHeldLaterAsync(RoomEntry entry)
    {
        try
        {
            await Task.Delay(_reorderWait, time, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (entry)
        {
            entry.ReleaseHeld(everything: true);
        }
    }

    private void KickHere(long userId, long? roomId, int code, string reason)
    {
        if (!_byUser.TryGetValue(userId, out var connections))
        {
            return;
        }

        foreach (var connection in connections.Keys.Where(c => roomId is null || c.RoomId == roomId))
        {
            connection.Close(code, () => Texts.ResourceManager.GetString(reason, CultureInfo.CurrentUICulture) ?? reason);
        }
    }

    private void OnKick(RedisValue message)
    {
        var parts = ((string?)message ?? string.Empty).Split(' ', 4);
        if (parts.Length == 4
            && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var userId)
            && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var roomId)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var code))
        {
            KickHere(userId, roomId == 0 ? null : roomId, code, parts[3]);
        }
    }

    private async Task<ChannelMessageQueue> SubscribeAsync(long roomId)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(RoomChannel(roomId));
        // One queue per room, handled in order.
        queue.OnMessage(m => OnRoomMessage(m.Message));
        return queue;
    }

    private async Task UnsubscribeAsync(ChannelMessageQueue queue)
    {
        try
        {
            await queue.UnsubscribeAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisDown(logger, e);
        }
    }

    private void OnRoomMessage(RedisValue message)
    {
        if (RelayEnvelope.Read(message) is { } relayed && relayed.Origin != _origin)
        {
            Deliver(relayed.Event);
        }
    }

    private RedisChannel RoomChannel(long roomId) => RedisChannel.Literal(string.Create(CultureInfo.InvariantCulture, $"{_prefix}room:{roomId}"));

    /// <summary>Keeps this instance in the set of live instances (scored by when it lapses, like presence) and counts them.</summary>
    private async Task CountInstancesAsync(IDatabase db)
    {
        await db.SortedSetAddAsync(InstancesKey, _origin.ToString("N"), LapseScore());
        await db.SortedSetRemoveRangeByScoreAsync(InstancesKey, double.NegativeInfinity, NowScore());
        await db.KeyExpireAsync(InstancesKey, _presenceTtl);
        Volatile.Write(ref _liveInstances, (int)Math.Clamp(await db.SortedSetLengthAsync(InstancesKey), 1, int.MaxValue));
    }

    private RedisKey InstancesKey => _prefix + "instances";

    private RedisKey PresenceKey(long roomId) => string.Create(CultureInfo.InvariantCulture, $"{_prefix}presence:{roomId}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable; chat events reach this instance's connections only")]
    private static partial void LogRedisDown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The users of a dead instance went offline unannounced: the database did not answer")]
    private static partial void LogPresenceNotAnnounced(ILogger logger, Exception exception);

    private sealed class RoomEntry
    {
        public ChatConnection[] Connections { get; set; } = [];

        public Task<ChannelMessageQueue> Subscription { get; set; } = null!;

        /// <summary>The newest message handed to the connections (0 before the first); guarded by the entry's lock.</summary>
        public long LastSequenced { get; private set; }

        /// <summary>Messages that came before their predecessor, by id; guarded by the entry's lock.</summary>
        public SortedList<long, ChatEvent> Held { get; } = [];

        public void Send(ChatEvent e)
        {
            e.HandedOverAt = ChatTelemetry.Timestamp();
            foreach (var connection in Connections)
            {
                connection.Enqueue(e);
            }

            if (e.IsSequenced)
            {
                LastSequenced = Math.Max(LastSequenced, e.MessageId);
            }
        }

        /// <summary>Sends the held messages whose predecessor has been sent (or all of them), in id order.</summary>
        public void ReleaseHeld(bool everything)
        {
            while (Held.Count > 0 && (everything || Held.GetValueAtIndex(0).PreviousId <= LastSequenced))
            {
                var next = Held.GetValueAtIndex(0);
                Held.RemoveAt(0);
                Send(next);
            }
        }
    }
}
