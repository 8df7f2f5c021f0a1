using System.Net;
using System.Net.Sockets;

namespace Agrovet.LocalInfrastructure;

/// <summary>Free loopback TCP ports.</summary>
public static class FreePort
{
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
