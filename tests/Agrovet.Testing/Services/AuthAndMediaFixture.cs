using Xunit;

namespace Agrovet.Testing;

/// <summary>
/// The real auth and media services (processes) for the whole test assembly, raising their events on the same streams,
/// for services that work with both. Register with <c>[assembly: AssemblyFixture(typeof(AuthAndMediaFixture))]</c>; the
/// test project must reference src/Services/Auth and src/Services/Media with <c>ReferenceOutputAssembly="false"</c>.
/// </summary>
public class AuthAndMediaFixture : IAsyncLifetime
{
    private AuthServer? _auth;
    private MediaServer? _media;

    public AuthServer Auth => _auth ?? throw new InvalidOperationException("The auth server has not started yet.");

    public MediaServer Media => _media ?? throw new InvalidOperationException("The media server has not started yet.");

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _auth = await AuthServer.StartAsync(infrastructure.CreateRedisDatabaseConnectionString(), TestContext.Current.CancellationToken);
        _media = await StartMediaAsync(_auth, TestContext.Current.CancellationToken);
    }

    /// <summary>Starts the media service; by default it raises its events on the streams the services under test hear.</summary>
    protected virtual Task<MediaServer> StartMediaAsync(AuthServer auth, CancellationToken cancellationToken) =>
        MediaServer.StartAsync(auth, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
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
