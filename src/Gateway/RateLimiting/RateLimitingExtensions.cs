using Microsoft.Extensions.Options;

namespace Agrovet.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.SectionName))
            .Validate(o => o.IsValid(), "RateLimiting: every policy needs a positive PermitLimit and WindowSeconds, and KeyPrefix must not be empty.")
            .ValidateOnStart();
        services.AddSingleton<RedisRateLimiter>();
        services.AddSingleton<RateLimitPolicySelector>();
        return services;
    }

    public static IApplicationBuilder UseGatewayRateLimiting(this IApplicationBuilder app)
    {
        var enabled = app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled;
        return enabled ? app.UseMiddleware<RateLimitingMiddleware>() : app;
    }
}
