namespace Agrovet.EventBus.Hosting;

/// <summary>How the outbox relay publishes (section <c>EventBus:Relay</c>).</summary>
public sealed class OutboxRelayOptions
{
    /// <summary>False in a process that must not publish (e.g. a consumer-only test host).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Rows read and published per round trip.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How long the relay waits after publishing a partial batch before it reads again, so a steady stream of commits
    /// goes out in fewer, larger rounds (each round costs a read, a Redis transaction and a mark, whatever its size).
    /// The first commit after a quiet spell is published at once; zero publishes every commit as it comes.
    /// </summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Safety-net poll when no commit signalled new rows (commits wake the relay at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often an instance that is not the publishing one tries to take over.</summary>
    public TimeSpan LeaderRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First and largest delay of the exponential backoff while the transport or the database is away.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sent rows are kept this long (for inspection and replay), then deleted. Zero deletes them once sent.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long an id skipped by the cursor (its transaction still running, or rolled back) waits before the relay
    /// starts checking whether its transaction has ended.
    /// </summary>
    public TimeSpan GapSettleDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the relay also looks for late rows anywhere below its cursor (a safety net; gaps find them first).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
