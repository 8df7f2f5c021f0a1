namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// One real auth service (a separate process) for the whole test assembly: every marketplace under test validates
/// its tokens over its JWKS and consumes its <c>user.*</c> events from the same Redis streams. With it, one real
/// media service the marketplaces ask about uploads they have not heard of.
/// </summary>
public sealed class AuthServerFixture : IAsyncLifetime
{
    private AuthServer? _server;
    private MediaServer? _media;

    public AuthServer Server => _server ?? throw new InvalidOperationException("The auth server has not started yet.");

    public MediaServer Media => _media ?? throw new InvalidOperationException("The media server has not started yet.");

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _server = await AuthServer.StartAsync(infrastructure.CreateRedisDatabaseConnectionString());
        _media = new MediaServer(_server);
        await _media.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_media is not null)
        {
            await _media.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
