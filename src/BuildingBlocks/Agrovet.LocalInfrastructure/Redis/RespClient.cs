using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Agrovet.LocalInfrastructure;

/// <summary>Just enough of the Redis protocol (RESP2) to ask a server one question without a client library.</summary>
internal static class RespClient
{
    /// <summary>
    /// Sends one command and returns the reply as text: "+OK" style status lines and "-ERR" errors as received,
    /// bulk strings as their content, null for a null bulk string.
    /// </summary>
    internal static async Task<string?> SendAsync(int port, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, timeoutSource.Token);
        await using var stream = client.GetStream();

        var request = new StringBuilder().Append('*').Append(command.Count).Append("\r\n");
        foreach (var argument in command)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), timeoutSource.Token);

        var received = new List<byte>();
        var buffer = new byte[4096];
        while (true)
        {
            var reply = TryParse(received);
            if (reply.Complete)
            {
                return reply.Value;
            }

            var read = await stream.ReadAsync(buffer, timeoutSource.Token);
            if (read == 0)
            {
                throw new IOException("Redis closed the connection before replying.");
            }

            received.AddRange(buffer.AsSpan(0, read));
        }
    }

    private static (bool Complete, string? Value) TryParse(List<byte> received)
    {
        var bytes = received.ToArray();
        var lineEnd = IndexOfCrLf(bytes, 0);
        if (lineEnd < 0)
        {
            return (false, null);
        }

        var header = Encoding.UTF8.GetString(bytes, 0, lineEnd);
        if (header[0] != '$')
        {
            return (true, header);
        }

        var length = int.Parse(header.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        if (length < 0)
        {
            return (true, null);
        }

        var contentStart = lineEnd + 2;
        return bytes.Length >= contentStart + length + 2
            ? (true, Encoding.UTF8.GetString(bytes, contentStart, length))
            : (false, null);
    }

    private static int IndexOfCrLf(byte[] bytes, int start)
    {
        for (var index = start; index + 1 < bytes.Length; index++)
        {
            if (bytes[index] == '\r' && bytes[index + 1] == '\n')
            {
                return index;
            }
        }

        return -1;
    }
}
