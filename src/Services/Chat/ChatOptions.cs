namespace Agrovet.Chat;

/// <summary>The chat service's tunables, bound from the <c>Chat</c> configuration section.</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>The largest WebSocket frame (message) a client may send; a larger one closes the socket with 1009.</summary>
    public int MaxFrameBytes { get; set; } = 16 * 1024;

    /// <summary>Frames waiting to be sent to one connection; a client that lets more pile up is cut off (4000).</summary>
    public int SendQueueFrames { get; set; } = 512;

    /// <summary>Frames per second a connection may send on average; faster closes it with 1008.</summary>
    public double FramesPerSecond { get; set; } = 20;

    /// <summary>Frames a connection may send at once before <see cref="FramesPerSecond"/> applies.</summary>
    public int FrameBurst { get; set; } = 40;

    /// <summary>How often the server pings a quiet connection.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a ping may go unanswered before the peer is taken for dead and dropped.</summary>
    public TimeSpan PingTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often open connections' tokens are checked against the denylist (logout, deactivation).</summary>
    public TimeSpan TokenCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a user stays shown online in a room after the instance holding their connection was last heard from:
    /// each instance refreshes its users every third of it, so an instance that dies stops showing its users after this.
    /// </summary>
    public TimeSpan PresenceTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages stored together in one transaction, at most.</summary>
    public int WriteBatchSize { get; set; } = 256;

    /// <summary>
    /// How long a batch waits for more messages when another batch is already being stored (a message that finds the
    /// writer idle is stored at once). Under a steady load the messages of a few milliseconds share one transaction
    /// instead of taking one each: the database does a fraction of the work, and the latency tail shrinks with it.
    /// </summary>
    public TimeSpan WriteLinger { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>
    /// Batches being stored at once, shared by the live instances (each stores its share, rounded up): their database
    /// round trips overlap, while a room's batches still commit in turn. More instances waiting on the same rooms' locks
    /// queue up in the database instead (measured in bench/README.md).
    /// </summary>
    public int WriteBatchesInFlight { get; set; } = 3;

    /// <summary>
    /// How long a message relayed ahead of the one before it in its room waits for it (instances publish after their own
    /// commits, so their messages can cross); after that the connections read the missing one from the database.
    /// </summary>
    public TimeSpan ReorderWait { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Messages replayed to a reconnecting client (<c>?since=</c>), at most; the rest is history.</summary>
    public int MaxReplay { get; set; } = 1000;

    /// <summary>Prefix of the Redis pub/sub channels the instances share (rooms, kicks).</summary>
    public string ChannelPrefix { get; set; } = "agrovet:chat:";
}
