namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// The real auth service, and a real media service whose events the marketplaces under test never hear: every upload
/// of it is one the events have not brought, asked about over HTTP (the marketplace's media lookup).
/// </summary>
public sealed class MarketplacePlatformFixture : IAsyncLifetime
{
    private AuthServer? _auth;
    private MediaServer? _media;

    public AuthServer Auth => _auth ?? throw new InvalidOperationException("The auth server has not started yet.");

    public MediaServer Media => _media ?? throw new InvalidOperationException("The media server has not started yet.");

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _auth = await AuthServer.StartAsync(infrastructure.CreateRedisDatabaseConnectionString(), TestContext.Current.CancellationToken);
        _media = await MediaServer.StartUnheardAsync(_auth, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_media is not null)
        {
            await _media.DisposeAsync();
        }

        if (_auth is not null)
        {
            await _auth.DisposeAsync();
        }
    }
}
