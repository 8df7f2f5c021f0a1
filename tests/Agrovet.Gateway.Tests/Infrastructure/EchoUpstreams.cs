using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Agrovet.Gateway.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the services: one small Kestrel app listening on a loopback port per service. It answers every
/// request with what it received (<see cref="EchoedRequest"/>), echoes WebSocket messages, and is always ready.
/// Like the real services it echoes X-Correlation-Id, sets its own copies of headers the gateway owns, and serves its
/// OpenAPI document at /openapi/v1.json.
/// </summary>
public sealed class EchoUpstreams : IAsyncLifetime
{
    public static readonly string[] Services = ["auth", "media", "profiles", "marketplace", "chat", "forum", "compute"];

    private readonly Dictionary<int, string> _serviceByPort = [];
    private readonly Dictionary<string, Uri> _urlByService = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public IReadOnlyDictionary<string, Uri> Urls => _urlByService;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            foreach (var _ in Services)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        _app = builder.Build();
        _app.UseWebSockets();
        _app.Run(HandleAsync);
        await _app.StartAsync();

        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
        for (var i = 0; i < Services.Length; i++)
        {
            var url = new Uri(addresses[i]);
            _serviceByPort[url.Port] = Services[i];
            _urlByService[Services[i]] = url;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var service = _serviceByPort[context.Connection.LocalPort];
        var response = context.Response;
        response.Headers["X-Correlation-Id"] = context.Request.Headers["X-Correlation-Id"];
        response.Headers.XFrameOptions = "SAMEORIGIN";
        response.Headers.StrictTransportSecurity = "max-age=60";

        if (context.Request.Path == "/health/ready")
        {
            await response.WriteAsync("ready");
            return;
        }

        if (context.Request.Path == "/openapi/v1.json")
        {
            response.ContentType = "application/json";
            await response.WriteAsync(OpenApiDocument(service, context.Request.Host.Value ?? string.Empty));
            return;
        }

        if (context.WebSockets.IsWebSocketRequest)
        {
            await EchoWebSocketAsync(service, await context.WebSockets.AcceptWebSocketAsync());
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var echoed = new EchoedRequest(
            service,
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Encoding.UTF8.GetByteCount(body),
            body);
        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(response.Body, echoed, cancellationToken: context.RequestAborted);
    }

    /// <summary>A small document like the services' own: titled after the service, its servers its own internal address.</summary>
    public static string OpenApiDocument(string service, string host) => $$"""
        {
          "openapi": "3.1.1",
          "info": { "title": "Agrovet {{service}} API", "version": "1.0.0" },
          "servers": [ { "url": "http://{{host}}/" } ],
          "paths": { "/{{service}}/echo/": { "get": { "operationId": "{{service}}Echo", "responses": { "200": { "description": "OK" } } } } }
        }
        """;

    private static async Task EchoWebSocketAsync(string service, WebSocket socket)
    {
        var buffer = new byte[4096];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                return;
            }

            var text = Encoding.UTF8.GetString(buffer, 0, received.Count);
            await socket.SendAsync(Encoding.UTF8.GetBytes($"{service}:{text}"), WebSocketMessageType.Text, true, CancellationToken.None);
        }
    }
}
