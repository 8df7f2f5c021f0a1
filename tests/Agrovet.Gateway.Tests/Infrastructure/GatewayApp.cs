using System.Net.WebSockets;
using Agrovet.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Agrovet.Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway (Program) on real Kestrel, configured by <see cref="GatewaySettings"/>: its public port is a free
/// loopback port given as its URL (as the launcher gives ASPNETCORE_URLS), and its management port, when the settings
/// name one, listens next to it.
/// </summary>
public sealed class GatewayApp : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private Uri? _baseAddress;

    public GatewayApp(GatewaySettings settings)
    {
        _settings = settings.ToDictionary();
        UseKestrel();
    }

    /// <summary>The public port.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return _baseAddress ??= PublicAddress();
        }
    }

    /// <summary>The management port (<c>/metrics</c>, health), when the settings gave one.</summary>
    public Uri? ManagementAddress =>
        _settings.TryGetValue(ManagementEndpoint.PortKey, out var port) && port is not null ? new Uri($"http://127.0.0.1:{port}") : null;

    /// <summary>A plain client: no redirects followed, no cookies, headers exactly as the test sets them (and Accept-Language: en).</summary>
    public HttpClient CreatePlainClient() => CreatePlainClient(BaseAddress);

    public HttpClient CreateManagementClient() =>
        CreatePlainClient(ManagementAddress ?? throw new InvalidOperationException("Start the gateway with settings that name a management port."));

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

    // English, as every shared test client asks (TestLanguage); a test of the Spanish answers says so.
    private static HttpClient CreatePlainClient(Uri baseAddress) =>
        new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress }.InLanguage(TestLanguage.Default);

    private Uri PublicAddress()
    {
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return addresses.Select(a => new Uri(a)).First(a => a.Port != ManagementAddress?.Port);
    }
}
