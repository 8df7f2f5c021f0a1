using Agrovet.LocalInfrastructure;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>The marketplace with Redis (cache, streams, denylist) pointed at a port where nothing listens.</summary>
public sealed class RedisDownMarketplaceFactory(MarketplacePlatformFixture auth) : MarketplaceApiFactory(auth)
{
    private readonly string _closedPort = $"127.0.0.1:{FreePort.Next()}";

    protected override string RedisConnectionStringFor(TestInfrastructure infrastructure) => _closedPort;
}
