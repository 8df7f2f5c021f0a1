namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// The real auth service, and a real media service whose events the marketplaces under test never hear: every upload
/// of it is one the events have not brought, asked about over HTTP (the marketplace's media lookup).
/// </summary>
public sealed class MarketplacePlatformFixture : AuthAndMediaFixture
{
    protected override Task<MediaServer> StartMediaAsync(AuthServer auth, CancellationToken cancellationToken) =>
        MediaServer.StartUnheardAsync(auth, cancellationToken);
}
