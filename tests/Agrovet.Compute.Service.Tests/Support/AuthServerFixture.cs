namespace Agrovet.Compute.Service.Tests.Support;

/// <summary>
/// One real auth service (a separate process) for the whole test assembly: the compute service under test validates
/// its tokens over its JWKS, and reads the marketplace events the tests publish on the same Redis streams.
/// </summary>
public sealed class AuthServerFixture : IAsyncLifetime
{
    private AuthServer? _server;

    public AuthServer Server => _server ?? throw new InvalidOperationException("The auth server has not started yet.");

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _server = await AuthServer.StartAsync(infrastructure.CreateRedisDatabaseConnectionString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
