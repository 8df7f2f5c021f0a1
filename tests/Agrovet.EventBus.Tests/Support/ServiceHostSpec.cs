using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>How to start one service process of a test.</summary>
public sealed record ServiceHostSpec(string Name)
{
    /// <summary>Runs the outbox relay.</summary>
    public bool Relay { get; init; } = true;

    /// <summary>Registers <see cref="CopyAccountHandler"/> for <c>user.created</c>.</summary>
    public bool Consumer { get; init; } = true;

    /// <summary>
    /// A service without a database (no outbox, no relay): registers <see cref="RecordAccountHandler"/> for
    /// <c>user.created</c>, its inbox in Redis.
    /// </summary>
    public bool WithoutDatabase { get; init; }

    /// <summary>Redis of the host; default: the shared test Redis.</summary>
    public string? Redis { get; init; }

    public Func<IEventTransport, IEventTransport>? WrapTransport { get; init; }

    public Action<EventBusOptions>? Configure { get; init; }
}
