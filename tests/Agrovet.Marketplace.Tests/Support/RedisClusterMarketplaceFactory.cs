namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// The marketplace with its Redis (ad cache, its denylist checks and its event streams) a 3-node Redis Cluster. The
/// auth service stays on the shared Redis: tests on this factory use the cache, not the user events.
/// </summary>
public sealed class RedisClusterMarketplaceFactory(MarketplacePlatformFixture platform) : MarketplaceApiFactory(platform)
{
    private string? _cluster;

    public string ClusterConnectionString => _cluster ?? throw new InvalidOperationException("Not initialized.");

    protected override string RedisConnectionStringFor(TestInfrastructure infrastructure) => ClusterConnectionString;

    public override async ValueTask InitializeAsync()
    {
        _cluster = (await TestRedisCluster.GetAsync()).ConnectionString;
        await base.InitializeAsync();
    }
}
