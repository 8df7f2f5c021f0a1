using System.Globalization;
using Agrovet.Bench.Soak;

namespace Agrovet.Bench.Chat;

/// <summary>
/// The chat's own account of where a message's time went (its <c>agrovet_chat_*</c> histograms, summed over the
/// instances' <c>/metrics</c>): waiting for a write batch, the batch's store, and the fan-out to each connection. A rate's
/// figures are the difference of two readings; the p99s are the upper bounds of the histogram buckets they fall in.
/// </summary>
internal sealed class ChatStages
{
    public const string Header = "waiting for a batch / storing a batch / fan-out: mean, p99 | batch (messages)";

    private static readonly string[] Stages = ["agrovet_chat_message_queued_seconds", "agrovet_chat_batch_duration_seconds", "agrovet_chat_delivery_delay_seconds"];
    private const string BatchSize = "agrovet_chat_batch_size";

    private readonly Dictionary<string, double> _values = [];

    public static async Task<ChatStages> ReadAsync(HttpClient http, IEnumerable<Uri> managements, CancellationToken ct)
    {
        var stages = new ChatStages();
        foreach (var management in managements)
        {
            if (await ServiceMetrics.ReadAsync(http, management, ct) is not { } lines)
            {
                continue;
            }

            foreach (var line in lines.Where(l => l.StartsWith("agrovet_chat_", StringComparison.Ordinal)))
            {
                if (ServiceMetrics.TryParseSample(line, out var series, out var value))
                {
                    // The key without the labels that differ by instance: the name and, for a bucket, its bound.
                    var key = Key(series);
                    stages._values[key] = stages._values.GetValueOrDefault(key) + value;
                }
            }
        }

        return stages;
    }

    public static string Describe(ChatStages before, ChatStages after)
    {
        var parts = Stages.Select(stage =>
        {
            var count = after.Delta(before, stage + "_count");
            if (count <= 0)
            {
                return "–";
            }

            var mean = after.Delta(before, stage + "_sum") / count * 1000;
            return string.Create(CultureInfo.InvariantCulture, $"{mean:F1}, {P99(before, after, stage) * 1000:0.#} ms");
        });
        var batches = after.Delta(before, BatchSize + "_count");
        var size = batches > 0 ? after.Delta(before, BatchSize + "_sum") / batches : double.NaN;
        return string.Create(CultureInfo.InvariantCulture, $"{string.Join(" / ", parts)} | {size:F0}");
    }

    private static double P99(ChatStages before, ChatStages after, string stage)
    {
        var buckets = after._values.Keys
            .Where(k => k.StartsWith(stage + "_bucket le=", StringComparison.Ordinal))
            .Select(k => (Bound: k[(stage.Length + 11)..] is var le && le == "+Inf" ? double.PositiveInfinity : double.Parse(le, CultureInfo.InvariantCulture), Key: k))
            .OrderBy(b => b.Bound)
            .ToList();
        var total = after.Delta(before, stage + "_count");
        foreach (var (bound, key) in buckets)
        {
            if (after.Delta(before, key) >= total * 0.99)
            {
                return bound;
            }
        }

        return double.NaN;
    }

    private double Delta(ChatStages before, string key) => _values.GetValueOrDefault(key) - before._values.GetValueOrDefault(key);

    private static string Key(string series)
    {
        var brace = series.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return series;
        }

        var name = series[..brace];
        var le = series.IndexOf("le=\"", brace, StringComparison.Ordinal);
        return le < 0 ? name : $"{name} le={series[(le + 4)..series.IndexOf('"', le + 4)]}";
    }
}
