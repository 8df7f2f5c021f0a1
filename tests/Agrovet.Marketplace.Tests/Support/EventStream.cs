using StackExchange.Redis;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>Reads the events a marketplace under test published on the shared Redis stream.</summary>
public static class EventStream
{
    public sealed record PublishedEvent(string Type, string Subject, JsonElement Data);

    public static async Task<IReadOnlyList<PublishedEvent>> MarketplaceEventsAsync(this MarketplaceApiFactory api)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(api.Auth.RedisConnectionString);
        var entries = await redis.GetDatabase().StreamRangeAsync(api.Auth.StreamKeyPrefix + "marketplace.events");
        return [.. entries
            .Select(e => e.Values.ToDictionary(v => v.Name.ToString(), v => v.Value.ToString()))
            .Where(f => f.GetValueOrDefault("source") == api.EventSource)
            .Select(f => new PublishedEvent(f["type"], f["subject"], JsonDocument.Parse(f["data"]).RootElement.Clone()))];
    }

    /// <summary>Waits until an event of <paramref name="type"/> about <paramref name="subject"/> matching <paramref name="match"/> is published.</summary>
    public static async Task<JsonElement> WaitForEventAsync(this MarketplaceApiFactory api, string type, long subject, Func<JsonElement, bool>? match = null)
    {
        JsonElement? found = null;
        await Poll.UntilAsync(
            async () =>
            {
                found = (await api.MarketplaceEventsAsync())
                    .Where(e => e.Type == type && e.Subject == subject.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Select(e => (JsonElement?)e.Data)
                    .LastOrDefault(d => match is null || match(d!.Value));
                return found is not null;
            },
            MarketplaceApiFactory.Patience,
            $"{type} about {subject} on marketplace.events",
            Ct);
        return found!.Value;
    }
}
