using Agrovet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Agrovet.Gateway.Security;

public static class SecurityExtensions
{
    public static IServiceCollection AddGatewaySecurity(this IServiceCollection services)
    {
        services.AddTrustedProxies();
        services.AddTransient<IStartupFilter, EdgeSecurityStartupFilter>();
        // An error handler clears the response's headers before it writes its problem: they go back on with it.
        services.Configure<ProblemDetailsOptions>(o =>
        {
            var customize = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = problem =>
            {
                customize?.Invoke(problem);
                SecurityHeaders.Apply(problem.HttpContext);
            };
        });

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

    /// <summary>HSTS once the forwarded headers have said whether the request came over HTTPS (a trusted proxy's word).</summary>
    public static IApplicationBuilder UseTransportSecurityHeader(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            SecurityHeaders.ApplyTransportSecurity(context);
            return next(context);
        });
}
