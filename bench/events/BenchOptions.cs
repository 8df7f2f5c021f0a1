using System.Globalization;

namespace Agrovet.Bench.Events;

public sealed record BenchOptions(
    int Burst, int Writers, int Rate, int SustainedRate, int Seconds, int SustainedSeconds, int WarmupSeconds, bool Durable, string Only)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(
            Burst: 50_000, Writers: 8, Rate: 1_000, SustainedRate: 10_000, Seconds: 20, SustainedSeconds: 60, WarmupSeconds: 20, Durable: false, Only: "");
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--burst" => options with { Burst = Number(args, ++i) },
                "--writers" => options with { Writers = Number(args, ++i) },
                "--rate" => options with { Rate = Number(args, ++i) },
                "--sustained-rate" => options with { SustainedRate = Number(args, ++i) },
                "--seconds" => options with { Seconds = Number(args, ++i) },
                "--sustained-seconds" => options with { SustainedSeconds = Number(args, ++i) },
                "--warmup-seconds" => options with { WarmupSeconds = Number(args, ++i) },
                "--durable" => options with { Durable = true },
                "--only" when i + 1 < args.Length && args[i + 1] is "single" or "batched" or "steady" or "sustained" => options with { Only = args[++i] },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --burst N --writers N --rate N --sustained-rate N --seconds N --sustained-seconds N --warmup-seconds N --durable --only single|batched|steady|sustained."),
            };
        }

        return options;
    }

    public bool Runs(string scenario) => Only.Length == 0 || Only == scenario;

    private static int Number(string[] args, int index) =>
        index < args.Length && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{args[index - 1]} needs a positive number.");
}
