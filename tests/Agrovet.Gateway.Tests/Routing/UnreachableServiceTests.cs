using System.Net;
using System.Net.Http.Json;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Gateway.Tests.Routing;

public sealed class UnreachableServiceTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Fact]
    public async Task A_route_whose_service_is_not_running_answers_503_problem_within_3_seconds()
    {
        using var client = StartGateway(Settings().WithServiceDown("auth")).CreatePlainClient();

        var started = TimeProvider.System.GetTimestamp();
        using var response = await client.PostAsync("/api/auth/login/", null, Ct);

        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal("The auth service is not reachable right now. Start it (./agrovet up) or check its logs.", problem?.Detail);
        Assert.True(response.Headers.Contains("X-Correlation-Id"));
    }

    [Fact]
    public async Task A_service_that_never_accepts_the_connection_answers_503_problem_after_the_short_connect_timeout()
    {
        using var frozen = new UnresponsivePort();
        using var client = StartGateway(Settings().With("PROFILES_INTERNAL_URL", frozen.Url.ToString())).CreatePlainClient();

        var started = TimeProvider.System.GetTimestamp();
        using var response = await client.GetAsync("/api/profiles/specialists/", Ct);

        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.StartsWith("The profiles service is not reachable right now.", problem?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_WebSocket_to_a_service_that_is_not_running_is_refused_with_503()
    {
        var gateway = StartGateway(Settings().WithServiceDown("chat"));

        var refused = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(
            () => gateway.ConnectWebSocketAsync("/ws/chat/1/", Ct));

        Assert.Contains("503", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_other_services_stay_reachable_while_one_is_down()
    {
        using var client = StartGateway(Settings().WithServiceDown("auth")).CreatePlainClient();

        using var response = await client.GetAsync("/api/foro/communities/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
