using System.Net;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.RateLimiting;

/// <summary>The distributed rate limits with the gateways' Redis a 3-node Redis Cluster (each client's counter is one key).</summary>
public sealed class RateLimitingOnARedisClusterTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Fact]
    public async Task Login_attempts_over_the_strict_limit_are_refused_on_a_cluster_too()
    {
        var settings = await OnTheClusterAsync(Settings().WithStrictLimit(3));
        using var client = StartGateway(settings).CreatePlainClient();

        var statuses = await PostManyAsync(client, "/api/auth/login/", 4);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Two_gateways_on_one_cluster_share_one_budget_and_each_policy_counts_apart()
    {
        var prefix = TestInfrastructure.CreateRedisKeyPrefix("gateway-cluster");
        using var first = StartGateway(await OnTheClusterAsync(Settings().WithRateLimitKeyPrefix(prefix).WithStrictLimit(2))).CreatePlainClient();
        using var second = StartGateway(await OnTheClusterAsync(Settings().WithRateLimitKeyPrefix(prefix).WithStrictLimit(2))).CreatePlainClient();

        var statuses = new List<HttpStatusCode>();
        statuses.AddRange(await PostManyAsync(first, "/api/auth/login/", 1));
        statuses.AddRange(await PostManyAsync(second, "/api/auth/login/", 1));
        statuses.AddRange(await PostManyAsync(first, "/api/auth/login/", 1));
        using var other = await second.GetAsync("/api/adds/", Cancellation);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static async Task<GatewaySettings> OnTheClusterAsync(GatewaySettings settings) =>
        settings.With("ConnectionStrings:Redis", (await TestRedisCluster.GetAsync()).ConnectionString);

    private static async Task<List<HttpStatusCode>> PostManyAsync(HttpClient client, string path, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.PostAsync(path, null, Cancellation);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
