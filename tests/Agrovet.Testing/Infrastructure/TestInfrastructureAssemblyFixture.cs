using Xunit;

namespace Agrovet.Testing;

/// <summary>
/// Starts the shared throwaway servers before a test assembly's first test and removes them after its last one.
/// Register once per test project: <c>[assembly: AssemblyFixture(typeof(TestInfrastructureAssemblyFixture))]</c>,
/// then take it as a constructor parameter.
/// </summary>
public sealed class TestInfrastructureAssemblyFixture : IAsyncLifetime
{
    private TestInfrastructure? _infrastructure;

    public TestInfrastructure Infrastructure =>
        _infrastructure ?? throw new InvalidOperationException("The test infrastructure has not been started yet.");

    public async ValueTask InitializeAsync() => _infrastructure = await TestInfrastructure.GetAsync();

    public async ValueTask DisposeAsync() => await TestInfrastructure.ShutdownAsync();
}
