using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.Compute.Export;

/// <summary>
/// The records of each activity dataset and the copies of ads' regions, in Redis (the service has no database): a
/// hash per dataset keyed by the event's id, so a redelivered event writes nothing twice, with a version counter that
/// moves only when a record is new (the exporter rebuilds a dataset only then).
/// </summary>
public sealed class ActivityStore(IConnectionMultiplexer redis, IOptions<ComputeOptions> options)
{
    // Record and count in one step: a crash between the two would leave a record the exporter never notices.
    private const string RecordScript = "if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then redis.call('INCR', KEYS[2]) return 1 end return 0";

    private string Prefix => options.Value.Export.KeyPrefix;

    /// <summary>Keeps the record under <paramref name="key"/> (the event's id) unless one is kept there already; true when new.</summary>
    public async Task<bool> RecordAsync(ActivityDataset dataset, string key, ActivityRecord record)
    {
        var json = JsonSerializer.Serialize(record, ComputeJsonContext.Default.ActivityRecord);
        var result = await redis.GetDatabase().ScriptEvaluateAsync(RecordScript, [RecordsKey(dataset), VersionKey(dataset)], [key, json]);
        return (long)result == 1;
    }

    /// <summary>The dataset's version (how many records it has been given) and every record, by key.</summary>
    public async Task<(long Version, IReadOnlyList<(string Key, ActivityRecord Record)> Records)> ReadAsync(ActivityDataset dataset)
    {
        var database = redis.GetDatabase();
        var version = (long?)await database.StringGetAsync(VersionKey(dataset)) ?? 0;
        var records = new List<(string, ActivityRecord)>();
        await foreach (var entry in database.HashScanAsync(RecordsKey(dataset), pageSize: 1000))
        {
            if (JsonSerializer.Deserialize((string)entry.Value!, ComputeJsonContext.Default.ActivityRecord) is { } record)
            {
                records.Add((entry.Name!, record));
            }
        }
        return (version, records);
    }

    public Task SetAdAsync(long adId, AdPlace place) =>
        redis.GetDatabase().HashSetAsync(AdsKey, adId.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(place, ComputeJsonContext.Default.AdPlace));

    public async Task<AdPlace?> GetAdAsync(long adId)
    {
        var value = await redis.GetDatabase().HashGetAsync(AdsKey, adId.ToString(CultureInfo.InvariantCulture));
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize((string)value!, ComputeJsonContext.Default.AdPlace);
    }

    /// <summary>Keeps the region of a user's profile (the latest profile event of the user wins); none forgets it.</summary>
    public Task SetAuthorRegionAsync(long userId, string? region)
    {
        var field = userId.ToString(CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(region)
            ? redis.GetDatabase().HashDeleteAsync(AuthorsKey, field)
            : redis.GetDatabase().HashSetAsync(AuthorsKey, field, region);
    }

    /// <summary>The region of every user whose profile names one, by user id.</summary>
    public async Task<IReadOnlyDictionary<long, string>> ReadAuthorRegionsAsync()
    {
        var regions = new Dictionary<long, string>();
        await foreach (var entry in redis.GetDatabase().HashScanAsync(AuthorsKey, pageSize: 1000))
        {
            if (long.TryParse((string?)entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
            {
                regions[userId] = (string)entry.Value!;
            }
        }
        return regions;
    }

    private RedisKey AdsKey => $"{Prefix}ads";

    private RedisKey AuthorsKey => $"{Prefix}authors";

    private RedisKey RecordsKey(ActivityDataset dataset) => $"{Prefix}activity:{dataset.Name}";

    private RedisKey VersionKey(ActivityDataset dataset) => $"{Prefix}activity:{dataset.Name}:version";
}
