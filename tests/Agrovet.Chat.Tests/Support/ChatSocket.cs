using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Agrovet.Chat.Tests.Support;

/// <summary>A real WebSocket client of a chat room (System.Net.WebSockets), reading frames as JSON.</summary>
public sealed class ChatSocket : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket;

    private ChatSocket(ClientWebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary>The <c>hello</c> frame the server greeted this connection with.</summary>
    public JsonElement Hello { get; private set; }

    /// <summary>Connects and reads the <c>hello</c> frame.</summary>
    public static async Task<ChatSocket> ConnectAsync(Uri uri, bool tinyReceiveBuffer = false, string? language = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (language is not null)
        {
            socket.Options.SetRequestHeader("Accept-Language", language);
        }

        using var invoker = tinyReceiveBuffer ? new HttpMessageInvoker(TinyBufferHandler()) : null;
        await socket.ConnectAsync(uri, invoker, Ct);
        var chat = new ChatSocket(socket);
        var hello = await chat.ReceiveAsync();
        Assert.Equal("hello", hello?.GetProperty("type").GetString());
        chat.Hello = hello!.Value;
        return chat;
    }

    /// <summary>Tries to connect; returns the HTTP status the upgrade was refused with.</summary>
    public static async Task<HttpStatusCode> RefusedAsync(Uri uri)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, Ct));
        return socket.HttpStatusCode;
    }

    public Task SendAsync(object frame) => SendRawAsync(JsonSerializer.SerializeToUtf8Bytes(frame));

    public async Task SendRawAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Text)
    {
        using var timeout = Timeout();
        await _socket.SendAsync(bytes, type, true, timeout.Token);
    }

    /// <summary>The next frame, or null once the server closed the connection (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = Timeout();
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }

    /// <summary>The next frame of <paramref name="type"/>, skipping others.</summary>
    public async Task<JsonElement> NextAsync(string type)
    {
        while (true)
        {
            var frame = await ReceiveAsync() ?? throw new InvalidOperationException($"Closed ({CloseStatus}) while waiting for a '{type}' frame.");
            if (frame.GetProperty("type").GetString() == type)
            {
                return frame;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> new messages (other frames skipped).</summary>
    public async Task<List<JsonElement>> MessagesAsync(int count)
    {
        var messages = new List<JsonElement>(count);
        while (messages.Count < count)
        {
            messages.Add(await NextAsync("message"));
        }

        return messages;
    }

    /// <summary>Reads until the server ends the connection; returns the close code, or null when it was cut without one.</summary>
    public async Task<int?> ClosedWithAsync()
    {
        try
        {
            while (await ReceiveAsync() is not null)
            {
            }

            return (int?)CloseStatus;
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                _socket.Abort();
            }
        }

        _socket.Dispose();
    }

    /// <summary>Aborts the TCP connection without a close handshake (a network drop).</summary>
    public void Drop() => _socket.Abort();

    private static CancellationTokenSource Timeout()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        return timeout;
    }

    /// <summary>A handler whose sockets have a 4 KiB receive buffer, so a client that stops reading fills up quickly.</summary>
    private static SocketsHttpHandler TinyBufferHandler() => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 4096 };
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
