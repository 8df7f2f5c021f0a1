using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Agrovet.Auth.Tests;

/// <summary>The auth service on a clock the test moves (<see cref="Clock"/>); put it back before signing anyone in.</summary>
public sealed class ClockedAuthApiFactory : AuthApiFactory
{
    public ShiftableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}
