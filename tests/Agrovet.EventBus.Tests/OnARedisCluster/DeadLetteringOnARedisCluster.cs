namespace Agrovet.EventBus.Tests.OnARedisCluster;

/// <summary>Every test of <see cref="DeadLettering"/>, with the services and the checks on a 3-node Redis Cluster.</summary>
public sealed class DeadLetteringOnARedisCluster(TestInfrastructureAssemblyFixture fixture) : DeadLettering(fixture)
{
    protected override async Task<string> ChooseRedisAsync() => (await TestRedisCluster.GetAsync()).ConnectionString;
}
