using System.Buffers.Text;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Agrovet.Bench.Chat;

/// <summary>One WebSocket client of a room: sends messages stamped with the send time, records each delivery's latency.</summary>
internal sealed class BenchClient(ClientWebSocket socket, LatencyLog log) : ILoadClient, IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    public static async Task<BenchClient> ConnectAsync(Uri uri, LatencyLog log, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(uri, cancellationToken);
        var client = new BenchClient(socket, log);
        _ = client.ReceiveAsync();
        return client;
    }

    public async Task SendAsync(CancellationToken cancellationToken)
    {
        var frame = new byte[StampedMessage.MaxLength];
        var length = StampedMessage.Write(frame);
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(frame.AsMemory(0, length), WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    public async Task CloseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }

        Dispose();
    }

    public void Dispose()
    {
        socket.Dispose();
        _sending.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[8192];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                // Only whole small frames are parsed.
                if (StampedMessage.TryReadSentAt(buffer.AsSpan(0, result.Count), out var sentAt))
                {
                    log.Add(Stopwatch.GetElapsedTime(sentAt));
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Closed.
        }
    }
}
