using System.Net;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Metrics;

public sealed class MetricsExposureTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Fact]
    public async Task Metrics_are_refused_on_the_public_port()
    {
        using var client = StartGateway(Settings().WithManagementPort()).CreatePlainClient();

        using var response = await client.GetAsync("/metrics", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("management port", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_are_served_on_the_management_port()
    {
        var gateway = StartGateway(Settings().WithManagementPort());
        using var client = gateway.CreatePlainClient();
        using var management = gateway.CreateManagementClient();
        using (await client.GetAsync("/api/adds/", Ct))
        {
        }

        using var response = await management.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("service_name=\"gateway\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/")]
    [InlineData("/health/ready")]
    public async Task The_management_port_serves_health(string path)
    {
        using var management = StartGateway(Settings().WithManagementPort()).CreateManagementClient();

        using var response = await management.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/auth/me/")]
    [InlineData("/")]
    [InlineData("/api/docs/")]
    [InlineData("/api/platform/services")]
    public async Task The_management_port_serves_nothing_of_the_public_platform(string path)
    {
        using var management = StartGateway(Settings().WithManagementPort()).CreateManagementClient();

        using var response = await management.GetAsync(path, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Naming_the_management_port_in_the_Host_header_does_not_open_metrics_on_the_public_port()
    {
        var gateway = StartGateway(Settings().WithManagementPort());
        using var client = gateway.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Host = gateway.ManagementAddress!.Authority;

        using var response = await client.SendAsync(request, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_management_port_metrics_are_not_served_at_all()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync("/metrics", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
