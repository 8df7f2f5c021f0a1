using Agrovet.Gateway.ApiDocs;
using Agrovet.Gateway.Health;
using Agrovet.Gateway.Platform;
using Agrovet.Gateway.RateLimiting;
using Agrovet.Gateway.Routing;
using Agrovet.Gateway.Security;
using Agrovet.Gateway.WebApp;

namespace Agrovet.Gateway;

/// <summary>The gateway on top of the shared service defaults. Program.cs calls <see cref="AddGateway"/> and <see cref="MapGateway"/>.</summary>
public static class GatewayExtensions
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddGatewaySecurity();
        builder.Services.AddGatewayRouting(builder.Configuration);
        builder.Services.AddGatewayRateLimiting(builder.Configuration);
        builder.Services.AddServiceHealthChecks();
        builder.Services.AddPlatformServices();
        builder.Services.AddApiDocs();
        builder.Services.AddWebApp();
        return builder;
    }

    /// <summary>
    /// Rate limiting, then the web app, then the gateway's own endpoints (the platform's services, its API reference)
    /// and the proxied routes (security headers and CORS sit in front of everything).
    /// </summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseTransportSecurityHeader();
        app.UseGatewayRateLimiting();
        app.UseWebApp();
        app.MapPlatformServices();
        app.MapApiDocs();
        app.MapGatewayRoutes();
        return app;
    }
}
