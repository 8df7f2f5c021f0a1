using Xunit;

namespace Agrovet.Testing;

/// <summary>
/// One real auth service (a process) for the whole test assembly: it signs users up and issues their tokens, and every
/// service under test validates them over its JWKS and consumes its <c>user.*</c> events from the same Redis streams.
/// Register with <c>[assembly: AssemblyFixture(typeof(AuthServerFixture))]</c>; the test project must reference
/// src/Services/Auth with <c>ReferenceOutputAssembly="false"</c>.
/// </summary>
public sealed class AuthServerFixture : IAsyncLifetime
{
    private AuthServer? _server;

    public AuthServer Server => _server ?? throw new InvalidOperationException("The auth server has not started yet.");

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _server = await AuthServer.StartAsync(infrastructure.CreateRedisDatabaseConnectionString(), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
