using Agrovet.EventBus.Hosting;

namespace Agrovet.EventBus.Redis;

/// <summary>
/// Key and channel names: stream "agrovet:events:user.events", dead letters "…:dlq", publish hint "…:published", and
/// the Redis inbox "agrovet:events:handled:&lt;group&gt;:&lt;event id&gt;" of services without a database.
/// </summary>
internal sealed class RedisStreamKeys(EventBusOptions options)
{
    private const string DeadLetterSuffix = ":dlq";
    private const string PublishedSuffix = ":published";

    public string Prefix => options.StreamKeyPrefix;

    public string Stream(string topic) => Prefix + topic;

    public string DeadLetters(string topic) => Prefix + topic + DeadLetterSuffix;

    public string PublishedChannel(string topic) => Prefix + topic + PublishedSuffix;

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
