using System.Globalization;

namespace Agrovet.Bench.Soak;

/// <summary>
/// <c>--minutes N</c> (10), <c>--rate R</c> requests per second (default: <c>--load</c> of the measured capacity),
/// <c>--load F</c> (0.7), <c>--capacity-seconds S</c> (20), <c>--concurrency C</c> (32, for the capacity run),
/// <c>--warmup-seconds W</c> (60: at the soak's rate before its clock starts; its errors count, its latencies are shown apart).
/// </summary>
internal sealed record SoakArgs(double Minutes, double? Rate, double Load, int CapacitySeconds, int Concurrency, int WarmupSeconds)
{
    public static SoakArgs Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, double fallback) =>
            Value(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new SoakArgs(
            Number("--minutes", 10),
            Value("--rate") is { } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : null,
            Number("--load", 0.7),
            (int)Number("--capacity-seconds", 20),
            (int)Number("--concurrency", 32),
            (int)Number("--warmup-seconds", 60));
    }
}
