using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Agrovet.LocalInfrastructure;

/// <summary>Free loopback TCP ports.</summary>
public static class FreePort
{
    /// <summary>The ports <see cref="ForLateServer"/> gave out in this process.</summary>
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    /// <summary>
    /// A TCP port that is free on 127.0.0.1 right now (the kernel picks it). Another process may take it before it is
    /// used, so callers that start a server on it retry with a new port when the start fails.
    /// </summary>
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    /// <summary>
    /// A free loopback port below the kernel's ephemeral range, for a server that starts long after the port is chosen
    /// (a whole platform: PostgreSQL, migrations, then the services). <see cref="Next"/>'s ports come from the ephemeral
    /// range, which every <c>bind(0)</c> and every outgoing connection on the machine also draws from, so in a busy test
    /// run another server or a client socket can take one in the minute before it is used; below that range only
    /// another caller of this method can, and it skips the ports already handed out in this process.
    /// </summary>
    public static int ForLateServer()
    {
        var low = EphemeralRangeStart();
        var floor = Math.Min(10_000, low / 2);
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Random.Shared.Next(floor, low);
            if (HandedOut.TryAdd(port, 0) && IsFree(port))
            {
                return port;
            }
        }

        return Next();
    }

    /// <summary>Where Linux's ephemeral range (<c>ip_local_port_range</c>) starts; 32768 when it cannot be read.</summary>
    private static int EphemeralRangeStart()
    {
        try
        {
            if (File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
                && int.TryParse(first, out var low) && low > 1024)
            {
                return low;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 32768;
    }

    /// <summary>True when nothing listens on 127.0.0.1:<paramref name="port"/>.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
