using System.Net;
using System.Net.Sockets;

namespace Agrovet.Gateway.Tests.Infrastructure;

/// <summary>
/// A loopback port whose listener never accepts and whose backlog is full, so new connections hang in the handshake
/// instead of being refused: what a frozen or firewalled service looks like to the gateway.
/// </summary>
public sealed class UnresponsivePort : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly List<Socket> _fillers = [];

    public UnresponsivePort()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
        for (var i = 0; i < 4; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
            try
            {
                filler.Connect(_listener.LocalEndPoint!);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
            {
                // Handshake pending: that is the point.
            }

            _fillers.Add(filler);
        }
    }

    public Uri Url => new($"http://{_listener.LocalEndPoint}");

    public void Dispose()
    {
        foreach (var filler in _fillers)
        {
            filler.Dispose();
        }

        _listener.Dispose();
    }
}
