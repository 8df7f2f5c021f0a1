using System.Net.Sockets;
using System.Text;

namespace Agrovet.Media.Tests;

/// <summary>HTTP/1.1 by hand over a socket, for requests no well-behaved client sends (cut short, lying about length).</summary>
public sealed class RawHttp : IAsyncDisposable
{
    private readonly TcpClient _client = new() { LingerState = new LingerOption(true, 0) };
    private NetworkStream? _stream;

    public static async Task<RawHttp> ConnectAsync(Uri server)
    {
        var raw = new RawHttp();
        await raw._client.ConnectAsync(server.Host, server.Port, Ct);
        raw._stream = raw._client.GetStream();
        return raw;
    }

    public async Task SendHeadAsync(string method, string path, long contentLength, string contentType, string? accessToken)
    {
        var head = new StringBuilder()
            .Append($"{method} {path} HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1\r\n")
            .Append($"Content-Type: {contentType}\r\n")
            .Append($"Content-Length: {contentLength}\r\n");
        if (accessToken is not null)
        {
            head.Append($"Authorization: Bearer {accessToken}\r\n");
        }

        head.Append("\r\n");
        await SendAsync(Encoding.ASCII.GetBytes(head.ToString()));
    }

    public async Task SendAsync(ReadOnlyMemory<byte> bytes) => await _stream!.WriteAsync(bytes, Ct);

    /// <summary>The status code of the answer.</summary>
    public async Task<int> ReadStatusAsync()
    {
        var buffer = new byte[4096];
        var read = await _stream!.ReadAtLeastAsync(buffer, 12, throwOnEndOfStream: true, Ct);
        var statusLine = Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose(); // Linger 0: a reset, as when a client dies.
        return ValueTask.CompletedTask;
    }
}
