using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;

namespace Agrovet.Compute.Service.Tests.Support;

public static class SocketExtensions
{
    public static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(30);

    public static Task SendJsonAsync(this ClientWebSocket socket, object message) =>
        socket.SendTextAsync(JsonSerializer.Serialize(message));

    public static Task SendTextAsync(this ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, Ct);

    /// <summary>A render message for the view given by <paramref name="parameters"/>.</summary>
    public static Task SendRenderAsync(this ClientWebSocket socket, long id, object parameters) =>
        socket.SendJsonAsync(new Dictionary<string, object> { ["type"] = "render", ["id"] = id, ["params"] = parameters });

    /// <summary>The next frame; fails after <see cref="FrameTimeout"/> without one.</summary>
    public static async Task<SocketFrame> ReceiveFrameAsync(this ClientWebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(FrameTimeout);
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new SocketFrame(default, null, result.CloseStatus, result.CloseStatusDescription);
            }
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }
            var bytes = message.ToArray();
            if (result.MessageType == WebSocketMessageType.Text)
            {
                return new SocketFrame(JsonDocument.Parse(bytes).RootElement.Clone(), null, null, null);
            }
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes);
            var header = JsonDocument.Parse(bytes.AsMemory(4, length)).RootElement.Clone();
            return new SocketFrame(header, bytes[(4 + length)..], null, null);
        }
    }

    /// <summary>Frames until one satisfies <paramref name="last"/> (included).</summary>
    public static async Task<List<SocketFrame>> ReceiveUntilAsync(this ClientWebSocket socket, Func<SocketFrame, bool> last)
    {
        var frames = new List<SocketFrame>();
        while (true)
        {
            var frame = await socket.ReceiveFrameAsync();
            frames.Add(frame);
            if (last(frame) || frame.CloseStatus is not null)
            {
                return frames;
            }
        }
    }
}
