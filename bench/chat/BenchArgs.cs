using System.Globalization;

namespace Agrovet.Bench.Chat;

/// <param name="Rates">The offered rates of the ladder; empty (<c>--rates 0</c>) skips it and runs only the idle part.</param>
/// <param name="Warmup">Seconds at <paramref name="WarmupRate"/> before the ladder, not recorded (tiered JIT, pools, the database's caches).</param>
/// <param name="WarmupRate">Messages per second of the warm-up.</param>
/// <param name="Settle">
/// Seconds at each rate before its recorded seconds: the JIT re-compiles what a higher rate makes hot (larger write
/// batches, fuller queues) for 20-30 s after the rate first rises, which is warm-up, not the rate's latency.
/// </param>
/// <param name="Bursts">
/// Send a room's messages back to back (every member of a room, then the next room: <c>--bursts</c>), as the ladders
/// before 2026-12-06 did; without it, consecutive messages go to different rooms.
/// </param>
/// <param name="Timeline">
/// Also print (not into the report) every 100 ms of each rate: the slow deliveries (over 50 ms), the machine's and each
/// process's CPU, the first chat's GC and JIT, and PostgreSQL's running vacuums (<c>--timeline</c>).
/// </param>
/// <param name="WebSocketClients">
/// The ladder's clients are .NET <c>ClientWebSocket</c>s, each with a receive loop of its own (<c>--websocket-clients</c>),
/// as before 2026-12-06; without it, plain sockets read by a poller (<see cref="PolledClient"/>), which cost the machine
/// less.
/// </param>
/// <param name="Spread">
/// With several instances, each room's members are spread over them (<c>--spread</c>: member m of room r on instance
/// (r·members + m) mod n, as before 2026-12-06), so every message is relayed between instances; without it, a room's
/// members meet on the instance the gateway would send that room to (<see cref="Agrovet.Gateway.Routing.RendezvousHash"/>).
/// </param>
internal sealed record BenchArgs(int Instances, int Rooms, int Members, IReadOnlyList<int> Rates, int Seconds, int Idle, int Warmup, int WarmupRate, int Settle, bool Bursts, bool Timeline, bool WebSocketClients, bool Spread)
{
    public static BenchArgs Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var rates = Value("--rates") is { } list
            ? list.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).Where(r => r > 0).ToList()
            : [500, 1000, 2000, 3000, 4000, 5000, 6000, 8000, 10000, 12000, 15000];
        return new BenchArgs(Int("--instances", 1), Int("--rooms", 100), Int("--members", 10), rates, Int("--seconds", 10), Int("--idle", 10_000), Int("--warmup", 60), Int("--warmup-rate", 4000), Int("--settle", 10), args.Contains("--bursts"), args.Contains("--timeline"), args.Contains("--websocket-clients"), args.Contains("--spread"));
    }
}
