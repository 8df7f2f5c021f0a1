namespace Agrovet.Compute;

/// <summary>Limits and timings of <c>/ws/compute</c> (section <c>Compute:Streaming</c>).</summary>
public sealed class StreamingOptions
{
    /// <summary>The largest message a client may send; a larger one closes the socket (1009).</summary>
    public int MaxMessageBytes { get; set; } = 16 * 1024;

    /// <summary>Messages a client may send per second on average...</summary>
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>...and in a burst; beyond that the socket is closed (1008, policy).</summary>
    public int MessageBurst { get; set; } = 60;

    /// <summary>Sockets one account may hold open at once; one more is refused with 429 before the upgrade.</summary>
    public int MaxSocketsPerUser { get; set; } = 8;

    /// <summary>How often the server pings an idle socket, and how long it waits for the pong before closing it.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>
    /// How long the view must stay put after its preview before the full render starts (a newer view cancels it).
    /// Zero: at once (a newer view still cancels the full render in flight, between blocks).
    /// </summary>
    public TimeSpan FullRenderDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Previews are rendered at this fraction of the canvas's width and height (then scaled up by the client).</summary>
    public int PreviewDivisor { get; set; } = 2;
}
