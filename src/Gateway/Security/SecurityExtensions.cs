using Agrovet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Agrovet.Gateway.Security;

public static class SecurityExtensions
{
    public static IServiceCollection AddGatewaySecurity(this IServiceCollection services)
    {
        services.AddTrustedProxies();
        services.AddTransient<IStartupFilter, EdgeSecurityStartupFilter>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, configuration) =>
        {
            var origins = configuration.GetSection(CorsSettings.SectionName).Get<CorsSettings>()?.AllowedOrigins ?? [];
            // No origins: same-origin only; preflights from elsewhere get an answer without CORS headers.
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. origins.Select(o => o.TrimEnd('/'))])
                .AllowAnyMethod()
                .AllowAnyHeader()
                .WithExposedHeaders(CorrelationIdMiddleware.HeaderName, "Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
        });

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PassThroughAuthenticationHandler>(PassThroughAuthenticationHandler.SchemeName, null);
        services.Configure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = PassThroughAuthenticationHandler.SchemeName);
        return services;
    }
}
