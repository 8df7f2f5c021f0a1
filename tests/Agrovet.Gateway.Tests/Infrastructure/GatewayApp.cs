using System.Net.WebSockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Agrovet.Gateway.Tests.Infrastructure;

/// <summary>The real gateway (Program) on real Kestrel at a free loopback port, configured by <see cref="GatewaySettings"/>.</summary>
public sealed class GatewayApp : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayApp(GatewaySettings settings)
    {
        _settings = settings.ToDictionary();
        UseKestrel(0);
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>A plain client: no redirects followed, no cookies, headers exactly as the test sets them.</summary>
    public HttpClient CreatePlainClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = BaseAddress,
    };

    public async Task<ClientWebSocket> ConnectWebSocketAsync(string path, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(new Uri(BaseAddress, path)) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(uri, cancellationToken);
        return socket;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
