using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace Agrovet.Profiles.Tests;

/// <summary>
/// A profiles service, hearing no events, whose media service accepts connections and never answers; its timeouts are
/// shortened so the test is quick.
/// </summary>
public sealed class MediaHangingProfilesApiFactory(AuthAndMediaFixture platform) : DeafProfilesApiFactory(platform)
{
    private readonly TcpListener _silent = StartListener();
    private readonly List<Socket> _accepted = [];
    private Task? _accepting;

    protected override Uri MediaUrl => new($"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}");

    public override async ValueTask InitializeAsync()
    {
        _accepting = AcceptForeverAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        _silent.Stop();
        if (_accepting is not null)
        {
            await _accepting;
        }

        lock (_accepted)
        {
            _accepted.ForEach(s => s.Dispose());
        }

        await base.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LocalCopies:MediaClient:AttemptTimeout:Timeout", "00:00:00.500");
        builder.UseSetting("LocalCopies:MediaClient:TotalRequestTimeout:Timeout", "00:00:02");
        builder.UseSetting("LocalCopies:MediaClient:CircuitBreaker:SamplingDuration", "00:00:02");
    }

    private static TcpListener StartListener()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _silent.AcceptSocketAsync();
                lock (_accepted)
                {
                    _accepted.Add(socket);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
