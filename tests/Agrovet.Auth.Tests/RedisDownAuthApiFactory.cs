using Agrovet.LocalInfrastructure;

namespace Agrovet.Auth.Tests;

/// <summary>The auth service with Redis pointed at a port where nothing listens.</summary>
public sealed class RedisDownAuthApiFactory : AuthApiFactory
{
    protected override string RedisConnectionStringFor(TestInfrastructure infrastructure) => $"127.0.0.1:{FreePort.Next()}";
}
