using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Agrovet.Faults.Tests;

/// <summary>A chat client's socket: sends message frames and reads the frames the server sends, one JSON object each.</summary>
public sealed class ChatSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private ChatSocket()
    {
    }

    /// <summary>The message frames received, in order.</summary>
    public List<JsonElement> Messages { get; } = [];

    public static async Task<ChatSocket> ConnectAsync(Uri instance, long room, string token, long? since, CancellationToken cancellationToken)
    {
        var query = $"?token={Uri.EscapeDataString(token)}" + (since is { } id ? $"&since={id}" : string.Empty);
        var chat = new ChatSocket();
        await chat._socket.ConnectAsync(new Uri($"ws://{instance.Authority}/ws/chat/{room}/{query}"), cancellationToken);
        var hello = await chat.ReceiveAsync(cancellationToken);
        return hello?.GetProperty("type").GetString() == "hello"
            ? chat
            : throw new InvalidOperationException($"The first frame was not hello: {hello}");
    }

    public Task SendAsync(string body, string clientId, CancellationToken cancellationToken) =>
        _socket.SendAsync(
            JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["type"] = "message", ["body"] = body, ["client_id"] = clientId }),
            WebSocketMessageType.Text,
            endOfMessage: true,
            cancellationToken);

    /// <summary>Reads frames until the message with <paramref name="clientId"/> (or <paramref name="body"/>) has come; returns it.</summary>
    public async Task<JsonElement> WaitForMessageAsync(Func<JsonElement, bool> match, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (Messages.FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            if (await ReceiveAsync(timeout.Token) is null)
            {
                throw new InvalidOperationException("The socket closed before the message came.");
            }
        }
    }

    /// <summary>Reads until the socket breaks or closes (the instance behind it is gone).</summary>
    public async Task WaitUntilClosedAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            while (await ReceiveAsync(timeout.Token) is not null)
            {
            }
        }
        catch (WebSocketException)
        {
            // A killed peer resets the connection: that is the close this waits for.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }

        _socket.Dispose();
    }

    /// <summary>The next frame (message frames are also kept in <see cref="Messages"/>), or null when the socket closed.</summary>
    private async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var frame = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            frame.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                break;
            }
        }

        var element = JsonDocument.Parse(Encoding.UTF8.GetString(frame.ToArray())).RootElement.Clone();
        if (element.GetProperty("type").GetString() == "message")
        {
            Messages.Add(element);
        }

        return element;
    }
}
