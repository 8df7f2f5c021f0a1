using System.Net;
using System.Net.Http.Json;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Gateway.Tests.RateLimiting;

public sealed class RateLimitingTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Fact]
    public async Task Login_attempts_over_the_strict_limit_are_refused_with_429_and_Retry_After()
    {
        using var client = StartGateway(Settings().WithStrictLimit(3)).CreatePlainClient();

        var statuses = await PostManyAsync(client, "/api/auth/login/", 4);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses[..3]);
        using var refused = await client.PostAsync("/api/auth/login/", null, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal(429, problem?.Status);
    }

    [Fact]
    public async Task Register_shares_the_strict_policy_with_or_without_a_trailing_slash()
    {
        using var client = StartGateway(Settings().WithStrictLimit(2)).CreatePlainClient();

        var statuses = await PostManyAsync(client, "/api/auth/register", 3);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Spending_the_login_budget_leaves_the_rest_of_the_api_open()
    {
        using var client = StartGateway(Settings().WithStrictLimit(1)).CreatePlainClient();
        await PostManyAsync(client, "/api/auth/login/", 2);

        using var other = await client.GetAsync("/api/foro/posts/", Ct);
        using var me = await client.GetAsync("/api/auth/me/", Ct);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task The_default_policy_limits_everything_else()
    {
        using var client = StartGateway(Settings().WithDefaultLimit(2)).CreatePlainClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/api/adds/", "/api/foro/posts/", "/compute/datasets/" })
        {
            using var response = await client.GetAsync(path, Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Health_and_metrics_are_never_limited()
    {
        var gateway = StartGateway(Settings().WithDefaultLimit(1).WithManagementPort());
        using var client = gateway.CreatePlainClient();
        using var management = gateway.CreateManagementClient();

        for (var i = 0; i < 3; i++)
        {
            using var health = await client.GetAsync("/health/ready", Ct);
            using var metrics = await management.GetAsync("/metrics", Ct);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        }
    }

    [Fact]
    public async Task A_made_up_X_Forwarded_For_does_not_buy_a_fresh_budget()
    {
        using var client = StartGateway(Settings().WithStrictLimit(1)).CreatePlainClient();
        await PostManyAsync(client, "/api/auth/login/", 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login/");
        request.Headers.Add("X-Forwarded-For", "198.51.100.77");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Two_gateways_sharing_one_Redis_share_one_budget()
    {
        var prefix = TestInfrastructure.CreateRedisKeyPrefix("gateway-shared");
        using var first = StartGateway(Settings().WithRateLimitKeyPrefix(prefix).WithStrictLimit(4)).CreatePlainClient();
        using var second = StartGateway(Settings().WithRateLimitKeyPrefix(prefix).WithStrictLimit(4)).CreatePlainClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.AddRange(await PostManyAsync(first, "/api/auth/login/", 1));
            statuses.AddRange(await PostManyAsync(second, "/api/auth/login/", 1));
        }

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses[4..]);
    }

    [Fact]
    public async Task When_Redis_is_down_requests_still_pass_without_delay()
    {
        using var client = StartGateway(Settings().WithRedisDown().WithStrictLimit(1)).CreatePlainClient();

        var started = TimeProvider.System.GetTimestamp();
        var statuses = await PostManyAsync(client, "/api/auth/login/", 5);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(2), "requests waited on the missing Redis");
    }

    private static async Task<List<HttpStatusCode>> PostManyAsync(HttpClient client, string path, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.PostAsync(path, null, Ct);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
