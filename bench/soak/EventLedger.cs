using System.Globalization;
using StackExchange.Redis;

namespace Agrovet.Bench.Soak;

/// <summary>
/// Each topic's stream as Redis counts it: entries added, dead letters, and per consumer group the entries read, its lag
/// and what it holds unacknowledged (XINFO STREAM / XINFO GROUPS).
/// </summary>
internal sealed record EventLedger(string Topic, long Added, long DeadLetters, IReadOnlyList<(string Group, long Read, long Lag, long Pending)> Groups)
{
    private const string Prefix = "agrovet:events:";

    public bool Settled => Groups.All(g => g.Lag == 0 && g.Pending == 0);

    public static async Task<IReadOnlyList<EventLedger>> ReadAsync(IConnectionMultiplexer redis)
    {
        var db = redis.GetDatabase();
        var server = redis.GetServers()[0];
        var ledgers = new List<EventLedger>();
        await foreach (var key in server.KeysAsync(pattern: Prefix + "*"))
        {
            var name = key.ToString();
            if (name[Prefix.Length..].Contains(':', StringComparison.Ordinal) || await db.KeyTypeAsync(key) != RedisType.Stream)
            {
                continue;
            }

            var topic = name[Prefix.Length..];
            var added = Long(Pairs((RedisResult[])(await db.ExecuteAsync("XINFO", "STREAM", name))!)["entries-added"]);
            var groups = new List<(string, long, long, long)>();
            foreach (RedisResult group in (RedisResult[])(await db.ExecuteAsync("XINFO", "GROUPS", name))!)
            {
                var fields = Pairs((RedisResult[])group!);
                // A group that has read nothing has no entries-read yet: on an empty stream that is 0 read, 0 behind.
                var read = fields["entries-read"].IsNull && added == 0 ? 0 : Long(fields["entries-read"]);
                groups.Add((fields["name"].ToString(), read, Long(fields["lag"]), Long(fields["pending"])));
            }

            var deadLetters = await db.StreamLengthAsync("{" + name + "}:dlq");
            ledgers.Add(new EventLedger(topic, added, deadLetters, groups));
        }

        return [.. ledgers.OrderBy(l => l.Topic, StringComparer.Ordinal)];
    }

    private static Dictionary<string, RedisResult> Pairs(RedisResult[] flat)
    {
        var pairs = new Dictionary<string, RedisResult>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < flat.Length; i += 2)
        {
            pairs[flat[i].ToString()] = flat[i + 1];
        }

        return pairs;
    }

    private static long Long(RedisResult value) =>
        value.IsNull ? -1 : long.Parse(value.ToString(), CultureInfo.InvariantCulture);
}
