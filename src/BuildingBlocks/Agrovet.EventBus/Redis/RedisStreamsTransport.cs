using System.Globalization;
using Agrovet.Contracts.Events;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.EventBus.Redis;

/// <summary>
/// Redis Streams: one stream per topic (trimmed to its retention length, never past what a group has yet to
/// acknowledge), consumer groups (XREADGROUP / XACK), XAUTOCLAIM
/// for entries a dead consumer left pending, and a dead-letter stream per topic.
/// </summary>
/// <remarks>
/// StackExchange.Redis multiplexes one connection and therefore refuses blocking commands (XREADGROUP BLOCK); reads
/// return at once and consumers wait on a pub/sub hint the relay publishes with every batch, with a slow poll as the
/// safety net.
/// </remarks>
public sealed class RedisStreamsTransport : IEventTransport
{
    private const string BusyGroup = "BUSYGROUP";
    private const string NoGroup = "NOGROUP";

    private readonly IConnectionMultiplexer _redis;
    private readonly EventBusOptions _options;
    private readonly RedisStreamKeys _keys;

    public RedisStreamsTransport(IConnectionMultiplexer redis, IOptions<EventBusOptions> options)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(options);
        this._redis = redis;
        this._options = options.Value;
        _keys = new RedisStreamKeys(this._options);
    }

    private IDatabase Database => _redis.GetDatabase();

    public async Task PublishAsync(IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        // One transaction per topic: on a Redis Cluster each topic's stream is a slot of its own, and a transaction
        // cannot span slots. Order matters within a topic only (a subject's events all go to its domain's topic).
        var byTopic = events.GroupBy(e => e.Topic, StringComparer.Ordinal).ToList();
        if (byTopic.Count == 1)
        {
            await PublishToTopicAsync(byTopic[0].Key, events, cancellationToken);
            return;
        }

        await Task.WhenAll(byTopic.Select(topic => PublishToTopicAsync(topic.Key, [.. topic], cancellationToken)));
    }

    /// <summary>
    /// MULTI/EXEC: the topic's part of the batch lands completely and in order, or not at all (then the relay retries the
    /// batch whole; consumers skip what they already handled), so a reconnect in the middle cannot reorder entries.
    /// </summary>
    private async Task PublishToTopicAsync(string topic, IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken)
    {
        var transaction = Database.CreateTransaction();
        var commands = new List<Task>(events.Count + 1);
        var stream = _keys.Stream(topic);
        foreach (var outgoing in events)
        {
            // No MAXLEN here: it would drop the oldest entries whether or not a lagging group has handled them.
            commands.Add(transaction.StreamAddAsync(stream, StreamEntryFields.From(outgoing.Envelope)));
        }

        commands.Add(transaction.PublishAsync(RedisChannel.Literal(_keys.PublishedChannel(topic)), 1));
        try
        {
            if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken))
            {
                throw new RedisException("Redis discarded the publish transaction.");
            }

            await Task.WhenAll(commands);
        }
        finally
        {
            Observe(commands);
        }
    }

    public async Task TrimAsync(string topic, CancellationToken cancellationToken)
    {
        var key = _keys.Stream(topic);
        if (await Database.StreamLengthAsync(key).WaitAsync(cancellationToken) <= _options.StreamMaxLength)
        {
            return;
        }

        // The oldest entry any group still needs: its oldest pending delivery, or else everything after the last one
        // it was given. A group that has read nothing yet ("0-0") keeps the whole stream.
        StreamId? keepFrom = null;
        foreach (var group in await Database.StreamGroupInfoAsync(key).WaitAsync(cancellationToken))
        {
            var needed = StreamId.Parse(group.LastDeliveredId).Next();
            if (group.PendingMessageCount > 0)
            {
                // Asked separately: the group may have acknowledged them all in between (then there is no lowest one).
                var pending = await Database.StreamPendingAsync(key, group.Name).WaitAsync(cancellationToken);
                if (pending.PendingMessageCount > 0)
                {
                    needed = StreamId.Min(needed, StreamId.Parse(pending.LowestPendingMessageId));
                }
            }

            keepFrom = keepFrom is { } current ? StreamId.Min(current, needed) : needed;
        }

        // Without groups nobody is owed anything: plain retention by length.
        await Database.ExecuteAsync(
            "XTRIM",
            keepFrom is { } minId ? [key, "MINID", "~", minId.ToString()] : [key, "MAXLEN", "~", _options.StreamMaxLength])
            .WaitAsync(cancellationToken);
    }

    public async Task EnsureConsumerGroupAsync(string topic, string group, CancellationToken cancellationToken)
    {
        try
        {
            await Database.StreamCreateConsumerGroupAsync(_keys.Stream(topic), group, StreamPosition.Beginning, createStream: true)
                .WaitAsync(cancellationToken);
        }
        catch (RedisServerException e) when (e.Message.StartsWith(BusyGroup, StringComparison.Ordinal))
        {
            // Exists already.
        }
    }

    public async Task<IReadOnlyList<Delivery>> ReadAsync(ConsumerAddress consumer, int maxCount, CancellationToken cancellationToken)
    {
        StreamEntry[] entries;
        try
        {
            entries = await ReadNewAsync(consumer, maxCount, cancellationToken);
        }
        catch (RedisServerException e) when (e.Message.StartsWith(NoGroup, StringComparison.Ordinal))
        {
            // The stream or the group vanished (Redis restarted without persistence, or someone deleted the key).
            await EnsureConsumerGroupAsync(consumer.Topic, consumer.Group, cancellationToken);
            entries = await ReadNewAsync(consumer, maxCount, cancellationToken);
        }

        return [.. entries.Select(e => StreamEntryFields.ToDelivery(consumer.Topic, e, attempt: 1))];
    }

    public async Task<IReadOnlyList<Delivery>> ClaimStaleAsync(
        ConsumerAddress consumer, TimeSpan minIdle, int maxCount, CancellationToken cancellationToken)
    {
        var key = _keys.Stream(consumer.Topic);
        StreamAutoClaimResult claimed;
        try
        {
            claimed = await Database.StreamAutoClaimAsync(
                key, consumer.Group, consumer.Consumer, (long)minIdle.TotalMilliseconds, "0-0", maxCount).WaitAsync(cancellationToken);
        }
        catch (RedisServerException e) when (e.Message.StartsWith(NoGroup, StringComparison.Ordinal))
        {
            return [];
        }

        var entries = claimed.ClaimedEntries.Where(e => !e.IsNull).ToArray();
        if (entries.Length == 0)
        {
            return [];
        }

        // XAUTOCLAIM counted this delivery; XPENDING tells how many there were in all.
        var pending = await Database.StreamPendingMessagesAsync(
            key, consumer.Group, entries.Length, consumer.Consumer, entries[0].Id, entries[^1].Id).WaitAsync(cancellationToken);
        var deliveryCounts = pending.ToDictionary(p => p.MessageId.ToString(), p => p.DeliveryCount);
        return [.. entries.Select(e => StreamEntryFields.ToDelivery(
            consumer.Topic, e, deliveryCounts.TryGetValue(e.Id.ToString(), out var count) ? count : 2))];
    }

    public async Task AcknowledgeAsync(ConsumerAddress consumer, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        var ids = deliveries.Select(d => (RedisValue)d.DeliveryId).ToArray();
        await Database.StreamAcknowledgeAsync(_keys.Stream(consumer.Topic), consumer.Group, ids).WaitAsync(cancellationToken);
    }

    public async Task DeadLetterAsync(ConsumerAddress consumer, Delivery delivery, string error, int attempts, CancellationToken cancellationToken)
    {
        var key = _keys.Stream(consumer.Topic);
        var original = await Database.StreamRangeAsync(key, delivery.DeliveryId, delivery.DeliveryId, count: 1).WaitAsync(cancellationToken);
        List<NameValueEntry> fields = original.Length > 0 ? [.. original[0].Values] : [];
        fields.AddRange(
        [
            new NameValueEntry("error", error),
            new NameValueEntry("group", consumer.Group),
            new NameValueEntry("consumer", consumer.Consumer),
            new NameValueEntry("attempts", attempts),
            new NameValueEntry("stream_entry_id", delivery.DeliveryId),
            new NameValueEntry("dead_lettered_at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
        ]);

        var transaction = Database.CreateTransaction();
        Task[] commands =
        [
            transaction.StreamAddAsync(_keys.DeadLetters(consumer.Topic), [.. fields],
                maxLength: _options.DeadLetterMaxLength, useApproximateMaxLength: true),
            transaction.StreamAcknowledgeAsync(key, consumer.Group, delivery.DeliveryId),
        ];
        try
        {
            if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken))
            {
                throw new RedisException("Redis discarded the dead-letter transaction.");
            }

            await Task.WhenAll(commands);
        }
        finally
        {
            Observe(commands);
        }
    }

    public async Task<IAsyncDisposable> WatchAsync(string topic, Action onPublished, CancellationToken cancellationToken)
    {
        var subscriber = _redis.GetSubscriber();
        var channel = RedisChannel.Literal(_keys.PublishedChannel(topic));
        Action<RedisChannel, RedisValue> handler = (_, _) => onPublished();
        await subscriber.SubscribeAsync(channel, handler).WaitAsync(cancellationToken);
        return new Subscription(subscriber, channel, handler);
    }

    public async Task<IReadOnlyList<string>> ListTopicsAsync(CancellationToken cancellationToken)
    {
        var topics = new SortedSet<string>(Topics.All, StringComparer.Ordinal);
        var database = Database.Database;
        foreach (var server in _redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(database, _keys.Prefix + "*", pageSize: 500).WithCancellation(cancellationToken))
            {
                if (_keys.TopicOf(key.ToString()) is { } topic)
                {
                    topics.Add(topic);
                }
            }
        }

        return [.. topics];
    }

    public async Task<TopicStats> GetStatsAsync(string topic, CancellationToken cancellationToken)
    {
        var key = _keys.Stream(topic);
        var length = await Database.StreamLengthAsync(key).WaitAsync(cancellationToken);
        var deadLettersByGroup = await CountDeadLettersByGroupAsync(topic, cancellationToken);
        var groups = new List<ConsumerGroupStats>();
        if (await Database.KeyExistsAsync(key).WaitAsync(cancellationToken))
        {
            foreach (var group in await Database.StreamGroupInfoAsync(key).WaitAsync(cancellationToken))
            {
                var name = group.Name ?? string.Empty;
                groups.Add(new ConsumerGroupStats(
                    name, group.ConsumerCount, group.PendingMessageCount, group.Lag,
                    deadLettersByGroup.GetValueOrDefault(name)));
            }
        }

        return new TopicStats(topic, length, deadLettersByGroup.Values.Sum(), groups);
    }

    private Task<StreamEntry[]> ReadNewAsync(ConsumerAddress consumer, int maxCount, CancellationToken cancellationToken) =>
        Database.StreamReadGroupAsync(
            _keys.Stream(consumer.Topic), consumer.Group, consumer.Consumer, StreamPosition.NewMessages, maxCount).WaitAsync(cancellationToken);

    private async Task<Dictionary<string, long>> CountDeadLettersByGroupAsync(string topic, CancellationToken cancellationToken)
    {
        const int page = 1000;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var key = _keys.DeadLetters(topic);
        RedisValue start = "-";
        while (true)
        {
            var entries = await Database.StreamRangeAsync(key, start, "+", page).WaitAsync(cancellationToken);
            foreach (var entry in entries)
            {
                var group = entry.Values.FirstOrDefault(v => v.Name == "group").Value.ToString();
                counts[group] = counts.GetValueOrDefault(group) + 1;
            }

            if (entries.Length < page)
            {
                return counts;
            }

            start = "(" + entries[^1].Id;
        }
    }

    /// <summary>Marks the commands' outcomes as seen so a failed transaction leaves no unobserved task exceptions.</summary>
    private static void Observe(IEnumerable<Task> commands)
    {
        foreach (var command in commands)
        {
            _ = command.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private sealed class Subscription(ISubscriber subscriber, RedisChannel channel, Action<RedisChannel, RedisValue> handler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await subscriber.UnsubscribeAsync(channel, handler);
            }
            catch (RedisException)
            {
                // Disconnected: the subscription is gone with the connection.
            }
        }
    }
}
