using System.Net;
using System.Net.WebSockets;
using System.Text;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Routing;

public sealed class RoutingTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Theory]
    [InlineData("/api/auth/login/", "auth")]
    [InlineData("/api/auth/.well-known/jwks.json", "auth")]
    [InlineData("/api/media/42/content", "media")]
    [InlineData("/api/profiles/specialists/?region=north", "profiles")]
    [InlineData("/api/adds/?q=tractor&page=2", "marketplace")]
    [InlineData("/api/orders/7/", "marketplace")]
    [InlineData("/api/chat/rooms/3/messages/?before=99", "chat")]
    [InlineData("/api/foro/posts/?sort=hot&t=week", "forum")]
    [InlineData("/compute/datasets/", "compute")]
    [InlineData("/compute/render.png?dataset=cows&width=10", "compute")]
    public async Task Every_prefix_reaches_its_service_with_the_path_unchanged(string pathAndQuery, string service)
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync(pathAndQuery, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await EchoOf(response);
        Assert.Equal(service, echo.Service);
        Assert.Equal(pathAndQuery, echo.Path + echo.Query);
    }

    [Fact]
    public async Task The_method_and_body_are_passed_on_as_sent()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.PatchAsync("/api/foro/posts/5/", new StringContent("""{"title":"Mastitis"}""", Encoding.UTF8, "application/json"), Ct);

        var echo = await EchoOf(response);
        Assert.Equal("PATCH", echo.Method);
        Assert.Equal("""{"title":"Mastitis"}""", echo.Body);
        Assert.StartsWith("application/json", echo.Header("Content-Type"));
    }

    [Fact]
    public async Task The_service_learns_the_real_client_address_scheme_and_host_even_when_the_client_claims_another_address()
    {
        var gateway = StartGateway();
        using var client = gateway.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/profiles/consumers/");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await client.SendAsync(request, Ct);

        var echo = await EchoOf(response);
        Assert.Equal("127.0.0.1", echo.Header("X-Forwarded-For"));
        Assert.Equal("http", echo.Header("X-Forwarded-Proto"));
        Assert.Equal(gateway.BaseAddress.Authority, echo.Header("X-Forwarded-Host"));
    }

    [Fact]
    public async Task A_correlation_id_from_the_client_reaches_the_service_and_comes_back_once()
    {
        using var client = StartGateway().CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me/");
        request.Headers.Add("X-Correlation-Id", "checkout-7f3a");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal("checkout-7f3a", (await EchoOf(response)).Header("X-Correlation-Id"));
        Assert.Equal(["checkout-7f3a"], response.Headers.GetValues("X-Correlation-Id"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("two words")]
    [InlineData("<script>")]
    public async Task A_missing_or_malformed_correlation_id_is_replaced_by_one_the_gateway_makes(string? sent)
    {
        using var client = StartGateway().CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/chat/rooms/");
        if (sent is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Correlation-Id", sent);
        }

        using var response = await client.SendAsync(request, Ct);

        var echoed = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        Assert.NotEqual(sent, echoed);
        Assert.False(string.IsNullOrWhiteSpace(echoed));
        Assert.Equal(echoed, (await EchoOf(response)).Header("X-Correlation-Id"));
    }

    [Theory]
    [InlineData("/ws/chat/12/", "chat")]
    [InlineData("/ws/compute", "compute")]
    [InlineData("/ws/compute/?token=abc", "compute")]
    public async Task WebSocket_messages_make_a_round_trip_through_the_gateway(string path, string service)
    {
        var gateway = StartGateway();
        using var socket = await gateway.ConnectWebSocketAsync(path, Ct);

        await socket.SendAsync(Encoding.UTF8.GetBytes("hello herd"), WebSocketMessageType.Text, true, Ct);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, Ct);

        Assert.Equal($"{service}:hello herd", Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Ct);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task A_path_no_route_serves_answers_404_problem()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync("/api/unknown/things/", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
