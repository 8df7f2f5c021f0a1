namespace Agrovet.EventBus.Hosting;

/// <summary>How handlers consume (section <c>EventBus:Consumer</c>).</summary>
public sealed class EventConsumerOptions
{
    /// <summary>
    /// Entries read per round trip; handled in one database transaction while none fails. At 10,000 events/s a batch
    /// of 100 left the consumer behind (bench/README.md); a backlog is read 500 at a time, a trickle as it comes.
    /// </summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Safety-net poll of an idle topic (the relay's publish notification wakes consumers at once).</summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An entry delivered but not acknowledged for this long (its consumer died) is claimed by another.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often each consumer looks for such abandoned entries.</summary>
    public TimeSpan ClaimInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed handling attempts after which an entry goes to the dead-letter stream.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First and largest delay between attempts (doubling).</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Inbox rows (the de-duplication memory) are kept this long; keep it above the stream retention span.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);
}
