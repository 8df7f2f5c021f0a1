using System.Net;
using System.Net.WebSockets;
using System.Text;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Catalog;

/// <summary>The gateway's routes come from the catalog: every prefix of every service reaches that service.</summary>
public sealed class CatalogRoutingTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    public static TheoryData<string, string> HttpPrefixes() =>
        [.. ServiceCatalog.Upstreams.SelectMany(s => s.Routes.Where(r => !r.WebSocket).Select(r => (r.Prefix, s.Name)))];

    public static TheoryData<string, string> WebSocketPrefixes() =>
        [.. ServiceCatalog.Upstreams.SelectMany(s => s.Routes.Where(r => r.WebSocket).Select(r => (r.Prefix, s.Name)))];

    [Fact]
    public void The_echo_upstreams_stand_in_for_every_service_of_the_catalog() =>
        Assert.Equal(ServiceCatalog.Upstreams.Select(s => s.Name), EchoUpstreams.Services);

    [Theory]
    [MemberData(nameof(HttpPrefixes))]
    public async Task Every_prefix_of_the_catalog_reaches_its_service(string prefix, string service)
    {
        using var client = StartGateway().CreatePlainClient();
        var path = prefix.TrimEnd('/') + "/catalog-probe/?x=1";

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await EchoOf(response);
        Assert.Equal(service, echo.Service);
        Assert.Equal(path, echo.Path + echo.Query);
    }

    [Theory]
    [MemberData(nameof(WebSocketPrefixes))]
    public async Task Every_WebSocket_prefix_of_the_catalog_reaches_its_service(string prefix, string service)
    {
        using var socket = await StartGateway().ConnectWebSocketAsync(prefix.TrimEnd('/') + "/7/", Ct);

        await socket.SendAsync(Encoding.UTF8.GetBytes("ping"), WebSocketMessageType.Text, true, Ct);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, Ct);

        Assert.Equal($"{service}:ping", Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Ct);
    }

    [Fact]
    public async Task Configuration_can_still_change_a_catalog_route()
    {
        using var client = StartGateway(Settings().With("ReverseProxy:Routes:api-foro:MaxRequestBodySize", "10")).CreatePlainClient();

        using var response = await client.PostAsync("/api/foro/posts/", new StringContent("more than ten bytes"), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Configuration_can_replace_the_cluster_of_a_service()
    {
        using var client = StartGateway(Settings()
            .With("ReverseProxy:Clusters:forum:Destinations:elsewhere:Address", Upstreams.Urls["profiles"].ToString())).CreatePlainClient();

        using var response = await client.GetAsync("/api/foro/posts/", Ct);

        Assert.Equal("profiles", (await EchoOf(response)).Service);
    }

    [Fact]
    public async Task Configuration_can_add_a_route_of_its_own()
    {
        using var client = StartGateway(Settings()
            .With("ReverseProxy:Routes:legacy-foro:ClusterId", "forum")
            .With("ReverseProxy:Routes:legacy-foro:Match:Path", "/legacy/foro/{**rest}")).CreatePlainClient();

        using var response = await client.GetAsync("/legacy/foro/posts/", Ct);

        Assert.Equal("forum", (await EchoOf(response)).Service);
    }
}
