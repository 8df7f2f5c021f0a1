using System.Globalization;
using Agrovet.AppHost.Platform;
using Agrovet.AppHost.Terminal;
using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Redis;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Agrovet.AppHost.Events;

/// <summary><c>./agrovet events</c>: per topic and consumer group of the running platform, length, pending, lag and dead letters.</summary>
public static class EventsReport
{
    private static readonly string[] Header = ["topic", "length", "group", "consumers", "pending", "lag", "dead letters"];

    public static async Task<int> RunAsync(PlatformOptions options, CancellationToken cancellationToken = default)
    {
        var endpoint = $"127.0.0.1:{options.RedisPort.ToString(CultureInfo.InvariantCulture)}";
        ConnectionMultiplexer redis;
        try
        {
            redis = await ConnectionMultiplexer.ConnectAsync($"{endpoint},connectTimeout=2000,abortConnect=true");
        }
        catch (RedisConnectionException)
        {
            ConsoleReporter.Error($"Redis does not answer on {endpoint}. Is the platform running (./agrovet up)?");
            return 1;
        }

        await using (redis)
        {
            var transport = new RedisStreamsTransport(redis, Options.Create(new EventBusOptions()));
            var stats = new List<TopicStats>();
            foreach (var topic in await transport.ListTopicsAsync(cancellationToken))
            {
                stats.Add(await transport.GetStatsAsync(topic, cancellationToken));
            }

            Print(stats);
        }

        return 0;
    }

    private static void Print(List<TopicStats> topics)
    {
        var rows = new List<string[]> { Header };
        foreach (var topic in topics)
        {
            if (topic.Groups.Count == 0)
            {
                rows.Add([topic.Topic, N(topic.Length), "-", "-", "-", "-", N(topic.DeadLetters)]);
                continue;
            }

            foreach (var group in topic.Groups)
            {
                rows.Add([topic.Topic, N(topic.Length), group.Name, N(group.Consumers), N(group.Pending),
                    group.Lag is { } lag ? N(lag) : "?", N(group.DeadLetters)]);
            }
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            Console.WriteLine("  " + string.Join("  ", row.Select((cell, c) => c is 0 or 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        }

        Console.WriteLine();
        Console.WriteLine("  pending: delivered, not yet acknowledged · lag: not yet delivered to the group · dead letters: <stream>:dlq");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
