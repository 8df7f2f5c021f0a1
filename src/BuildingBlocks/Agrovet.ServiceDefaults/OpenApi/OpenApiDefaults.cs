using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace Agrovet.ServiceDefaults.OpenApi;

internal static class OpenApiDefaults
{
    public const string DocumentRoute = "/openapi/{documentName}.json";

    public static IServiceCollection AddAgrovetOpenApi(this IServiceCollection services, string serviceName)
    {
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = $"Agrovet {serviceName} API";
                document.Info.Description = "Errors are application/problem+json (RFC 9457). Authenticated calls send 'Authorization: Bearer <access token>' from POST /api/auth/login/.";
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        });
        return services;
    }

    public static void MapAgrovetOpenApi(this WebApplication app, string serviceName)
    {
        app.MapOpenApi(DocumentRoute);
        app.MapScalarApiReference("/docs", o => o
            .WithTitle($"Agrovet {serviceName} API")
            .WithOpenApiRoutePattern(DocumentRoute));
    }
}
