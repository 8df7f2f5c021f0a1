using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Agrovet.Gateway.Health;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Health;

public sealed class PlatformHealthTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Fact]
    public async Task Health_lists_every_service_with_its_state_and_stays_200_while_some_are_down()
    {
        using var client = StartGateway(Settings().WithServiceDown("forum").WithServiceDown("compute")).CreatePlainClient();

        using var response = await client.GetAsync("/health/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<HealthReport>(Ct))!;
        Assert.Equal("degraded", report.Status);
        Assert.Equal(EchoUpstreams.Services.Order(), report.Checks.Keys.Order());
        foreach (var running in new[] { "auth", "media", "profiles", "marketplace", "chat" })
        {
            Assert.Equal("healthy", report.Checks[running].Status);
        }

        Assert.Equal("degraded", report.Checks["forum"].Status);
        Assert.Contains("forum is not reachable", report.Checks["forum"].Description, StringComparison.Ordinal);
        Assert.Equal("degraded", report.Checks["compute"].Status);
    }

    [Fact]
    public async Task Health_is_healthy_when_every_service_is_ready()
    {
        using var client = StartGateway().CreatePlainClient();

        var report = await client.GetFromJsonAsync<HealthReport>("/health/", Ct);

        Assert.Equal("healthy", report?.Status);
        Assert.All(report!.Checks.Values, check => Assert.Equal("healthy", check.Status));
    }

    [Fact]
    public async Task A_stale_report_is_answered_at_once_while_the_next_one_is_taken()
    {
        // Forum's check hangs until its timeout, so every run of the checks takes that long.
        using var frozen = new UnresponsivePort();
        using var client = StartGateway(Settings()
            .With("FORUM_INTERNAL_URL", frozen.Url.ToString())
            .With("Agrovet:Health:LiveCacheSeconds", "0.1")).CreatePlainClient();
        var first = await client.GetStringAsync("/health/", Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);

        var clock = Stopwatch.StartNew();
        var whileRefreshing = await client.GetStringAsync("/health/", Ct);
        var again = await client.GetStringAsync("/health/", Ct);
        clock.Stop();

        Assert.True(clock.Elapsed < ServiceHealthCheck.Timeout, $"the stale report took {clock.Elapsed} to come");
        Assert.Equal(first, whileRefreshing);
        Assert.Equal(first, again);
        Assert.Contains("forum did not answer", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_is_the_gateway_own_and_needs_only_its_Redis()
    {
        using var client = StartGateway(Settings().WithServiceDown("auth")).CreatePlainClient();

        using var response = await client.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<HealthReport>(Ct);
        Assert.Equal(["redis"], report!.Checks.Keys);
    }

    [Fact]
    public async Task Readiness_fails_when_the_gateway_Redis_is_down()
    {
        using var client = StartGateway(Settings().WithRedisDown()).CreatePlainClient();

        using var response = await client.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private sealed record HealthReport(
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("checks")] Dictionary<string, HealthCheck> Checks);

    private sealed record HealthCheck(
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("description")] string? Description);
}
