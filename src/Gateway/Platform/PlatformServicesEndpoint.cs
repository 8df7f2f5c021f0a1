using Agrovet.Gateway.ApiDocs;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Gateway.Platform;

/// <summary>
/// <c>GET /api/platform/services</c>: the services this platform runs (<see cref="InternalServiceUrls.DeployedUpstreams"/>),
/// so clients show forum, chat or analytics only where they exist, and whether each is ready now.
/// </summary>
public static class PlatformServicesEndpoint
{
    public const string Path = "/api/platform/services";

    public static IServiceCollection AddPlatformServices(this IServiceCollection services)
    {
        services.AddSingleton<ServiceAvailability>();
        services.AddJsonContext(GatewayJsonContext.Default);
        return services;
    }

    public static WebApplication MapPlatformServices(this WebApplication app)
    {
        app.MapGet(Path, ListAsync)
            .WithName("ListPlatformServices")
            .WithTags("Platform")
            .WithSummary("The services this platform runs")
            .WithDescription("Each with its public path prefixes, whether it is ready right now (checked at most every few seconds) and its OpenAPI document.");
        return app;
    }

    private static async Task<Ok<PlatformServicesResponse>> ListAsync(InternalServiceUrls urls, ServiceAvailability availability, HttpContext context)
    {
        var deployed = urls.DeployedUpstreams();
        var available = await Task.WhenAll(deployed.Select(s => availability.IsAvailableAsync(s, context.RequestAborted)));
        var services = deployed.Select((service, i) => new PlatformService(
            service.Name,
            available[i],
            [.. service.Routes.Select(r => new PlatformRoute(r.Prefix, r.WebSocket))],
            ApiDocsPaths.Document(service.Name))).ToList();
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(new PlatformServicesResponse(services));
    }
}
