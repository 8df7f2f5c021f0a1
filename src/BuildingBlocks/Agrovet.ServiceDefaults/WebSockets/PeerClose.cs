using System.Net.WebSockets;

namespace Agrovet.ServiceDefaults.WebSockets;

/// <summary>The end of a close a service started (RFC 6455: after sending Close, wait for the peer's).</summary>
public static class PeerClose
{
    /// <summary>
    /// After our Close, reads and drops what the peer still sends until its Close arrives or <paramref name="patience"/>
    /// passes: ending the connection with its frames unread would reset it, and the peer would see a broken pipe
    /// instead of our close code.
    /// </summary>
    public static async Task AwaitAsync(WebSocket socket, Memory<byte> buffer, TimeSpan patience, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var timeout = new CancellationTokenSource(patience, time);
        try
        {
            while (socket.State == WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer left or stayed silent: nothing more to wait for.
        }
    }
}
