using Agrovet.EventBus.Hosting;

namespace Agrovet.EventBus.Redis;

/// <summary>
/// Key and channel names: stream "agrovet:events:user.events", dead letters "{agrovet:events:user.events}:dlq", publish
/// hint "{agrovet:events:user.events}:published", and the Redis inbox "agrovet:events:handled:&lt;group&gt;:&lt;event id&gt;" of services without a
/// database.
/// </summary>
/// <remarks>
/// On a Redis Cluster a key lives in the slot of its hash tag (the part in braces) or, without one, of the whole key. The
/// dead-letter stream's tag is the topic's stream key, so both share a slot and one MULTI can move an entry from one to
/// the other; the consumer groups' bookkeeping lives inside the stream itself. Each topic is a slot of its own, so the
/// topics spread over the nodes. The prefix must therefore hold no braces (<see cref="EventBusOptions"/> checks).
/// </remarks>
internal sealed class RedisStreamKeys(EventBusOptions options)
{
    private const string DeadLetterSuffix = ":dlq";
    private const string PublishedSuffix = ":published";

    public string Prefix => options.StreamKeyPrefix;

    public string Stream(string topic) => Prefix + topic;

    public string DeadLetters(string topic) => "{" + Stream(topic) + "}" + DeadLetterSuffix;

    /// <summary>Tagged like the dead letters: StackExchange.Redis routes a PUBLISH by its channel's slot, and the publish
    /// transaction holds the stream's entries and this hint together.</summary>
    public string PublishedChannel(string topic) => "{" + Stream(topic) + "}" + PublishedSuffix;

    public string RelayWakeChannel(string database) => $"{Prefix}relay:{database}";

    public string Handled(string group, Guid eventId) => $"{Prefix}handled:{group}:{eventId:N}";

    /// <summary>The topic of a stream key, or null for dead-letter streams and other keys under the prefix.</summary>
    public string? TopicOf(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.EndsWith(DeadLetterSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var topic = key[Prefix.Length..];
        return topic.Length == 0 || topic.Contains(':', StringComparison.Ordinal) ? null : topic;
    }
}
