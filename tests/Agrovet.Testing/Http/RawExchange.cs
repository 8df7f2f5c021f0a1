using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Agrovet.Testing;

/// <summary>
/// Sends bytes no HTTP client would send (bad header bytes, a %00 in the path, oversized heads) over a fresh loopback
/// connection, and reads the one answer: by its Content-Length, its chunks, or until the server closes.
/// </summary>
public static class RawExchange
{
    public static async Task<RawResponse> SendAsync(Uri server, byte[] request, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request, cancellationToken);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read all of an oversized request; its answer is still there.
        }

        var reader = new Reader(stream);
        var head = await reader.ReadHeadAsync(cancellationToken);
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .GroupBy(p => p[0].Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p.Length > 1 ? p[1].Trim() : string.Empty)), StringComparer.Ordinal);
        byte[] body;
        if (headers.TryGetValue("content-length", out var length))
        {
            body = await reader.ReadExactlyAsync(int.Parse(length, CultureInfo.InvariantCulture), cancellationToken);
        }
        else if (headers.TryGetValue("transfer-encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = await reader.ReadChunkedAsync(cancellationToken);
        }
        else
        {
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body));
    }

    private sealed class Reader(NetworkStream stream)
    {
        private readonly List<byte> _buffer = [];

        public async Task<string> ReadHeadAsync(CancellationToken cancellationToken)
        {
            int end;
            while ((end = IndexOf("\r\n\r\n"u8.ToArray())) < 0)
            {
                if (!await FillAsync(cancellationToken))
                {
                    throw new IOException($"The connection closed before a full answer head arrived: '{Encoding.Latin1.GetString([.. _buffer])}'");
                }
            }

            return Encoding.Latin1.GetString(Take(end + 4), 0, end);
        }

        public async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
        {
            while (_buffer.Count < count)
            {
                if (!await FillAsync(cancellationToken))
                {
                    throw new IOException($"The connection closed after {_buffer.Count} of {count} body bytes.");
                }
            }

            return Take(count);
        }

        public async Task<byte[]> ReadChunkedAsync(CancellationToken cancellationToken)
        {
            var body = new List<byte>();
            while (true)
            {
                int end;
                while ((end = IndexOf("\r\n"u8.ToArray())) < 0)
                {
                    if (!await FillAsync(cancellationToken))
                    {
                        throw new IOException("The connection closed inside a chunked body.");
                    }
                }

                var size = int.Parse(Encoding.ASCII.GetString(Take(end + 2), 0, end).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var chunk = await ReadExactlyAsync(size + 2, cancellationToken);
                if (size == 0)
                {
                    return [.. body];
                }

                body.AddRange(chunk.AsSpan(0, size).ToArray());
            }
        }

        public async Task<byte[]> ReadToEndAsync(CancellationToken cancellationToken)
        {
            while (await FillAsync(cancellationToken))
            {
            }

            return Take(_buffer.Count);
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            var chunk = new byte[8192];
            int read;
            try
            {
                read = await stream.ReadAsync(chunk, cancellationToken);
            }
            catch (IOException)
            {
                read = 0; // A reset after the answer: what arrived is all there is.
            }

            _buffer.AddRange(chunk.AsSpan(0, read).ToArray());
            return read > 0;
        }

        private int IndexOf(byte[] pattern)
        {
            var bytes = _buffer.ToArray();
            return bytes.AsSpan().IndexOf(pattern);
        }

        private byte[] Take(int count)
        {
            var taken = _buffer.GetRange(0, count).ToArray();
            _buffer.RemoveRange(0, count);
            return taken;
        }
    }
}
