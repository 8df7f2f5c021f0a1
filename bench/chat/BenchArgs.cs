using System.Globalization;

namespace Agrovet.Bench.Chat;

/// <param name="Rates">The offered rates of the ladder; empty (<c>--rates 0</c>) skips it and runs only the idle part.</param>
/// <param name="Warmup">Seconds at 1,000 messages/s before the ladder, not recorded (tiered JIT, pools, the database's caches).</param>
/// <param name="Bursts">
/// Send a room's messages back to back (every member of a room, then the next room: <c>--bursts</c>), as the ladders
/// before 2026-12-06 did; without it, consecutive messages go to different rooms.
/// </param>
internal sealed record BenchArgs(int Instances, int Rooms, int Members, IReadOnlyList<int> Rates, int Seconds, int Idle, int Warmup, bool Bursts)
{
    public static BenchArgs Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var rates = Value("--rates") is { } list
            ? list.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).Where(r => r > 0).ToList()
            : [500, 1000, 2000, 4000, 6000, 8000, 10000, 12000, 15000];
        return new BenchArgs(Int("--instances", 1), Int("--rooms", 100), Int("--members", 10), rates, Int("--seconds", 10), Int("--idle", 10_000), Int("--warmup", 60), args.Contains("--bursts"));
    }
}
