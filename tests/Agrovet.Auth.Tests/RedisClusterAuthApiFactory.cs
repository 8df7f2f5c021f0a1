namespace Agrovet.Auth.Tests;

/// <summary>The auth service with its Redis a 3-node Redis Cluster (denylist, login throttle, events).</summary>
public sealed class RedisClusterAuthApiFactory : AuthApiFactory
{
    // The cluster starts once per test process, before the first factory that needs it; waiting here is a one-off.
    protected override string RedisConnectionStringFor(TestInfrastructure infrastructure) =>
        TestRedisCluster.GetAsync().GetAwaiter().GetResult().ConnectionString;
}
