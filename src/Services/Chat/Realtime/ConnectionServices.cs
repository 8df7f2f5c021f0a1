using Agrovet.Chat.Messages;
using Microsoft.Extensions.Options;

namespace Agrovet.Chat.Realtime;

/// <summary>What every connection uses, held once (a connection keeps one reference, not one per service).</summary>
public sealed class ConnectionServices(
    IServiceScopeFactory scopes, MessageWriter writer, RoomHub hub, IOptions<ChatOptions> options, TimeProvider time, ILogger<ChatConnection> logger)
{
    public IServiceScopeFactory Scopes { get; } = scopes;

    public MessageWriter Writer { get; } = writer;

    public RoomHub Hub { get; } = hub;

    public ChatOptions Options { get; } = options.Value;

    public TimeProvider Time { get; } = time;

    public ILogger<ChatConnection> Logger { get; } = logger;
}
