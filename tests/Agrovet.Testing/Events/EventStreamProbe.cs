using System.Text.Json;
using StackExchange.Redis;

namespace Agrovet.Testing;

/// <summary>
/// Reads the Redis streams of the event bus directly (<c>{prefix}{topic}</c>), as a consumer would see them, for tests
/// that check what a service published. Connects on first use.
/// </summary>
public sealed class EventStreamProbe(string redisConnectionString, string streamKeyPrefix) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _redis;

    /// <summary>Every event on <paramref name="topic"/>, oldest first; only those of <paramref name="source"/> when given.</summary>
    public async Task<IReadOnlyList<StreamEvent>> ReadAsync(string topic, string? source = null)
    {
        var redis = await ConnectAsync();
        var entries = await redis.GetDatabase().StreamRangeAsync(streamKeyPrefix + topic);
        return [.. entries
            .Select(e => e.Values.ToDictionary(v => v.Name.ToString(), v => v.Value.ToString(), StringComparer.Ordinal))
            .Select(f => new StreamEvent(
                f.GetValueOrDefault("type", string.Empty),
                f.GetValueOrDefault("subject", string.Empty),
                f.GetValueOrDefault("source", string.Empty),
                JsonDocument.Parse(f.GetValueOrDefault("data", "null")).RootElement.Clone()))
            .Where(e => source is null || e.Source == source)];
    }

    /// <summary>The events on <paramref name="topic"/> about <paramref name="subject"/>, oldest first.</summary>
    public async Task<IReadOnlyList<StreamEvent>> AboutAsync(string topic, string subject, string? source = null) =>
        [.. (await ReadAsync(topic, source)).Where(e => e.Subject == subject)];

    /// <summary>
    /// Waits until an event of <paramref name="type"/> about <paramref name="subject"/> (and matching <paramref name="match"/>)
    /// is on <paramref name="topic"/>; returns the data of the latest such event.
    /// </summary>
    public async Task<JsonElement> WaitForAsync(
        string topic, string type, string subject, Func<JsonElement, bool>? match, string? source, TimeSpan timeout, CancellationToken cancellationToken)
    {
        JsonElement? found = null;
        await Poll.UntilAsync(
            async () =>
            {
                found = (await AboutAsync(topic, subject, source))
                    .Where(e => e.Type == type && (match is null || match(e.Data)))
                    .Select(e => (JsonElement?)e.Data)
                    .LastOrDefault();
                return found is not null;
            },
            timeout,
            $"{type} about {subject} on {topic}",
            cancellationToken);
        return found!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _connecting.Dispose();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        await _connecting.WaitAsync();
        try
        {
            return _redis ??= await ConnectionMultiplexer.ConnectAsync(redisConnectionString);
        }
        finally
        {
            _connecting.Release();
        }
    }
}
