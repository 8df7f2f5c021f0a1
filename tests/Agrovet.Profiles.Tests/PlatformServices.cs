namespace Agrovet.Profiles.Tests;

/// <summary>
/// The services the profiles service works with, real and shared by the whole test assembly: auth as a process (it
/// signs users up and issues their tokens) and media on Kestrel, both raising their events on the same streams.
/// </summary>
public sealed class PlatformServices : IAsyncLifetime
{
    private AuthServer? _auth;
    private MediaServer? _media;

    public AuthServer Auth => _auth ?? throw new InvalidOperationException("The auth server has not started yet.");

    public MediaServer Media => _media ?? throw new InvalidOperationException("The media server has not started yet.");

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _auth = await AuthServer.StartAsync(infrastructure.CreateRedisDatabaseConnectionString(), TestContext.Current.CancellationToken);
        _media = new MediaServer(_auth);
        await _media.InitializeAsync();
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
