using System.Net;
using System.Text.Json;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Platform;

public sealed class PlatformServicesTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Fact]
    public async Task Lists_the_services_the_platform_runs_with_their_prefixes_and_documents()
    {
        using var client = StartGateway().CreatePlainClient();

        var body = await (await client.GetAsync("/api/platform/services", Ct)).ShouldBeAsync(HttpStatusCode.OK);

        var services = body.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(EchoUpstreams.Services, services.Select(s => s.GetProperty("name").GetString()));
        Assert.All(services, s => Assert.True(s.GetProperty("available").GetBoolean()));
        var marketplace = services.Single(s => s.GetProperty("name").GetString() == "marketplace");
        Assert.Equal(["/api/adds/", "/api/orders/", "/api/regions/"], Prefixes(marketplace));
        Assert.Equal("/api/docs/marketplace.json", marketplace.GetProperty("docs").GetString());
        var chat = services.Single(s => s.GetProperty("name").GetString() == "chat");
        Assert.Equal([false, true], chat.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("websocket").GetBoolean()));
    }

    [Fact]
    public async Task A_service_that_is_down_is_listed_as_unavailable()
    {
        using var client = StartGateway(Settings().WithServiceDown("forum")).CreatePlainClient();

        var body = await (await client.GetAsync("/api/platform/services", Ct)).ShouldBeAsync(HttpStatusCode.OK);

        var services = body.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("available").GetBoolean());
        Assert.False(services["forum"]);
        Assert.True(services["auth"]);
    }

    [Fact]
    public async Task Services_the_platform_does_not_run_are_left_out_of_the_list_and_of_health()
    {
        using var client = StartGateway(Settings().WithoutService("chat").WithoutService("forum").WithoutService("compute")).CreatePlainClient();

        var body = await (await client.GetAsync("/api/platform/services", Ct)).ShouldBeAsync(HttpStatusCode.OK);
        var health = await (await client.GetAsync("/health/", Ct)).ShouldBeAsync(HttpStatusCode.OK);

        string[] running = ["auth", "media", "profiles", "marketplace"];
        Assert.Equal(running, body.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(running.Order(), health.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_route_of_a_service_the_platform_does_not_run_still_answers_503_problem()
    {
        using var client = StartGateway(Settings().WithoutService("compute")).CreatePlainClient();

        using var response = await client.GetAsync("/compute/datasets/", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ProblemAssertions.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
    }

    private static IEnumerable<string?> Prefixes(JsonElement service) =>
        service.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("prefix").GetString());
}
