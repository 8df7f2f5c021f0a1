using System.Net;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Security;

public sealed class CorsTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    private const string AllowedOrigin = "https://app.agrovet.example";
    private const string OtherOrigin = "https://evil.example";

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_by_the_gateway_with_its_permissions()
    {
        using var client = StartGateway(Settings().WithAllowedOrigins(AllowedOrigin)).CreatePlainClient();

        using var response = await client.SendAsync(Preflight("/api/adds/", AllowedOrigin), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([AllowedOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Contains("authorization", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_permission()
    {
        using var client = StartGateway(Settings().WithAllowedOrigins(AllowedOrigin)).CreatePlainClient();

        using var response = await client.SendAsync(Preflight("/api/adds/", OtherOrigin), Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_request_from_an_allowed_origin_may_read_the_answer_and_its_correlation_id()
    {
        using var client = StartGateway(Settings().WithAllowedOrigins(AllowedOrigin)).CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/adds/");
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([AllowedOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("X-Correlation-Id", string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_from_another_origin_gets_no_permission_to_read_the_answer()
    {
        using var client = StartGateway(Settings().WithAllowedOrigins(AllowedOrigin)).CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/adds/");
        request.Headers.Add("Origin", OtherOrigin);

        using var response = await client.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_only_the_same_origin_may_call_the_api()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.SendAsync(Preflight("/api/auth/login/", AllowedOrigin), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        return request;
    }
}
