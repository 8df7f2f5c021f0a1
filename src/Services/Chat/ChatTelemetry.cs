using System.Diagnostics;
using System.Diagnostics.Metrics;
using Agrovet.ServiceDefaults.Telemetry;

namespace Agrovet.Chat;

/// <summary>
/// Where a message's time goes between its frame's arrival and its delivery to each member's socket: waiting for a write
/// batch, the batch's store, and the fan-out to the connections. ServiceDefaults collects every "Agrovet.*" meter, so
/// these reach <c>/metrics</c> (as <c>agrovet_chat_…_seconds</c>) with nothing else registered.
/// </summary>
public static class ChatTelemetry
{
    public const string Name = "Agrovet.Chat";

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Queued = Meter.CreateHistogram(
        "agrovet.chat.message.queued", "s", "Time from a message frame's arrival to the start of the write batch that stores it.", advice: HistogramAdvice.Seconds);

    private static readonly Histogram<double> Stored = Meter.CreateHistogram(
        "agrovet.chat.batch.duration", "s", "Time to store a write batch: its rooms' locks, rows and events, and the commit.", advice: HistogramAdvice.Seconds);

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "agrovet.chat.batch.size", "{message}", "Messages per write batch.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500] });

    private static readonly Histogram<double> FannedOut = Meter.CreateHistogram(
        "agrovet.chat.delivery.delay", "s", "Time from an event's hand-over to a room's connections to its frame being written to one of them.", advice: HistogramAdvice.Seconds);

    private static readonly UpDownCounter<int> Connections = Meter.CreateUpDownCounter<int>(
        "agrovet.chat.connections", "{connection}", "Open chat WebSockets on this instance.");

    public static long Timestamp() => Stopwatch.GetTimestamp();

    internal static void BatchTaken(int size, long takenAt, IEnumerable<long> receivedAt)
    {
        BatchSize.Record(size);
        if (!Queued.Enabled)
        {
            return;
        }

        foreach (var at in receivedAt)
        {
            Queued.Record(Stopwatch.GetElapsedTime(at, takenAt).TotalSeconds);
        }
    }

    internal static void BatchStored(long startedAt) => Stored.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds);

    /// <summary>One frame written; <paramref name="handedOverAt"/> is 0 for a frame meant for this connection alone (a pong, an error).</summary>
    internal static void Delivered(long handedOverAt)
    {
        if (handedOverAt != 0 && FannedOut.Enabled)
        {
            FannedOut.Record(Stopwatch.GetElapsedTime(handedOverAt).TotalSeconds);
        }
    }

    internal static void Connected() => Connections.Add(1);

    internal static void Disconnected() => Connections.Add(-1);
}
