using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Agrovet.Bench.Chat;

/// <summary>
/// A WebSocket client on a plain blocking socket, read by a <see cref="ClientPoller"/> instead of a receive loop of its
/// own: a thousand of these cost the machine an epoll wait a millisecond per poller thread and a <c>recv</c> per
/// delivery, where <c>ClientWebSocket</c>s woke a thread and ran a continuation for every frame (about half a core at
/// 40,000 deliveries/s, taken from the chat they measure). RFC 6455 as far as the chat uses it: text frames, pings
/// (answered), close; the client's frames masked.
/// </summary>
internal sealed class PolledClient : ILoadClient, IDisposable
{
    private readonly Socket _socket;
    private readonly LatencyLog _log;
    private readonly Lock _sending = new();
    private byte[] _buffer = new byte[16 * 1024];
    private int _filled;

    private PolledClient(Socket socket, LatencyLog log, ReadOnlySpan<byte> leftover)
    {
        _socket = socket;
        _log = log;
        leftover.CopyTo(_buffer);
        _filled = leftover.Length;
    }

    public Socket Socket => _socket;

    public bool Closed { get; private set; }

    /// <summary>Connects and upgrades with synchronous calls only: a socket that never saw an asynchronous call stays blocking for the poller.</summary>
    public static PolledClient Connect(Uri uri, LatencyLog log)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(IPAddress.Parse(uri.Host), uri.Port);
        var key = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        socket.Send(Encoding.ASCII.GetBytes(
            $"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"));
        var response = new byte[16 * 1024];
        var read = 0;
        int end;
        while ((end = response.AsSpan(0, read).IndexOf("\r\n\r\n"u8)) < 0)
        {
            var n = socket.Receive(response, read, response.Length - read, SocketFlags.None);
            if (n == 0)
            {
                throw new InvalidOperationException("The chat closed the connection during the upgrade.");
            }

            read += n;
        }

        if (!response.AsSpan().StartsWith("HTTP/1.1 101"u8))
        {
            throw new InvalidOperationException($"The chat refused the upgrade: {Encoding.ASCII.GetString(response, 0, end)}");
        }

        return new PolledClient(socket, log, response.AsSpan(end + 4, read - end - 4));
    }

    public Task SendAsync(CancellationToken cancellationToken)
    {
        Span<byte> payload = stackalloc byte[StampedMessage.MaxLength];
        SendFrame(0x1, payload[..StampedMessage.Write(payload)]);
        return Task.CompletedTask;
    }

    /// <summary>Reads what the socket has (the poller found it readable) and handles every whole frame in it.</summary>
    public void Receive()
    {
        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int n;
        try
        {
            n = _socket.Receive(_buffer, _filled, _buffer.Length - _filled, SocketFlags.None);
        }
        catch (SocketException)
        {
            n = 0;
        }

        if (n == 0)
        {
            Closed = true;
            return;
        }

        _filled += n;
        var at = 0;
        while (TryFrame(_buffer.AsSpan(at, _filled - at), out var opcode, out var payload, out var size))
        {
            Handle(opcode, payload);
            at += size;
        }

        _buffer.AsSpan(at, _filled - at).CopyTo(_buffer);
        _filled -= at;
    }

    /// <summary>A close frame, then what is left until the chat closes its side (at most 5 s). The poller must have stopped.</summary>
    public Task CloseAsync()
    {
        try
        {
            Span<byte> status = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(status, 1000);
            SendFrame(0x8, status);
            _socket.ReceiveTimeout = 5000;
            var scratch = new byte[4096];
            while (_socket.Receive(scratch) > 0)
            {
            }
        }
        catch (SocketException)
        {
            // Already gone.
        }

        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _socket.Dispose();

    private static bool TryFrame(ReadOnlySpan<byte> data, out int opcode, out ReadOnlySpan<byte> payload, out int size)
    {
        opcode = 0;
        payload = default;
        size = 0;
        if (data.Length < 2)
        {
            return false;
        }

        var header = 2;
        long length = data[1] & 0x7F;
        if (length == 126)
        {
            header = 4;
            length = data.Length >= 4 ? BinaryPrimitives.ReadUInt16BigEndian(data[2..]) : long.MaxValue;
        }
        else if (length == 127)
        {
            header = 10;
            length = data.Length >= 10 ? (long)BinaryPrimitives.ReadUInt64BigEndian(data[2..]) : long.MaxValue;
        }

        if (data.Length < header + length)
        {
            return false;
        }

        opcode = data[0] & 0x0F;
        payload = data.Slice(header, (int)length);
        size = header + (int)length;
        return true;
    }

    private void Handle(int opcode, ReadOnlySpan<byte> payload)
    {
        switch (opcode)
        {
            case 0x1:
                if (StampedMessage.TryReadSentAt(payload, out var sentAt))
                {
                    _log.Add(Stopwatch.GetElapsedTime(sentAt));
                }

                return;
            case 0x8:
                Closed = true;
                return;
            case 0x9:
                SendFrame(0xA, payload);
                return;
            default:
                return;
        }
    }

    private void SendFrame(int opcode, ReadOnlySpan<byte> payload)
    {
        Span<byte> frame = stackalloc byte[8 + payload.Length];
        frame[0] = (byte)(0x80 | opcode);
        var header = 2;
        if (payload.Length < 126)
        {
            frame[1] = (byte)(0x80 | payload.Length);
        }
        else
        {
            frame[1] = 0x80 | 126;
            BinaryPrimitives.WriteUInt16BigEndian(frame[2..], (ushort)payload.Length);
            header = 4;
        }

        var mask = frame.Slice(header, 4);
        Random.Shared.NextBytes(mask);
        for (var i = 0; i < payload.Length; i++)
        {
            frame[header + 4 + i] = (byte)(payload[i] ^ mask[i & 3]);
        }

        lock (_sending)
        {
            _socket.Send(frame[..(header + 4 + payload.Length)]);
        }
    }
}
