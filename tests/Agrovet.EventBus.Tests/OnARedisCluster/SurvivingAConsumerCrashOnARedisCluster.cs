namespace Agrovet.EventBus.Tests.OnARedisCluster;

/// <summary>Every test of <see cref="SurvivingAConsumerCrash"/>, with the services and the checks on a 3-node Redis Cluster.</summary>
public sealed class SurvivingAConsumerCrashOnARedisCluster(TestInfrastructureAssemblyFixture fixture) : SurvivingAConsumerCrash(fixture)
{
    protected override async Task<string> ChooseRedisAsync() => (await TestRedisCluster.GetAsync()).ConnectionString;
}
