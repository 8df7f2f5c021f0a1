using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Redis;

public static class RedisDefaults
{
    /// <summary>The launcher's Redis when <c>ConnectionStrings__Redis</c> is not set.</summary>
    public const string LocalDefault = "127.0.0.1:56379";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { Length: > 0 } configured ? configured : LocalDefault;

    /// <summary>One shared multiplexer. It connects in the background so a service starts (and reports not-ready) while Redis is down.</summary>
    internal static IServiceCollection AddAgrovetRedis(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(ConnectionString(configuration));
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.SyncTimeout = 2000;
            options.AsyncTimeout = 2000;
            options.ConnectRetry = 1;
            options.ClientName ??= AppDomain.CurrentDomain.FriendlyName;
            return ConnectionMultiplexer.Connect(options);
        });
        return services;
    }
}
