using Agrovet.LocalInfrastructure;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>The marketplace with its media service down: nothing listens where it asks.</summary>
public sealed class MediaDownMarketplaceFactory(MarketplacePlatformFixture auth) : MarketplaceApiFactory(auth)
{
    private readonly Uri _nowhere = new($"http://127.0.0.1:{FreePort.Next()}");

    protected override Uri MediaUrl => _nowhere;
}
