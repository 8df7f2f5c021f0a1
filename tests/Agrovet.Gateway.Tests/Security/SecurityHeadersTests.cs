using System.Net;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Security;

public sealed class SecurityHeadersTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Theory]
    [InlineData("/api/auth/me/")]
    [InlineData("/api/nothing-here/")]
    [InlineData("/")]
    [InlineData("/health/")]
    [InlineData("/metrics")]
    public async Task Every_response_carries_the_security_headers_exactly_once(string path)
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(["strict-origin-when-cross-origin"], response.Headers.GetValues("Referrer-Policy"));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_answers_made_by_the_gateway_carry_them_too()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.PostAsync("/api/foro/posts/", new ByteArrayContent(new byte[(1024 * 1024) + 1]), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_problem_written_for_a_service_that_is_down_carries_them_exactly_once()
    {
        using var client = StartGateway(Settings().WithServiceDown("auth")).CreatePlainClient();

        using var response = await client.PostAsync("/api/auth/login/", null, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(["strict-origin-when-cross-origin"], response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Strict_transport_security_is_not_sent_over_plain_http_even_when_a_service_sets_it()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync("/api/auth/me/", Ct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Strict_transport_security_is_sent_when_a_trusted_proxy_says_the_request_came_over_https()
    {
        using var client = StartGateway(Settings().With("Gateway:TrustedProxies:0", "127.0.0.1")).CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(["max-age=31536000; includeSubDomains"], response.Headers.GetValues("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_cannot_claim_https()
    {
        using var client = StartGateway().CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("http", (await EchoOf(response)).Header("X-Forwarded-Proto"));
    }
}
