using Agrovet.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace Agrovet.ServiceDefaults.OpenApi;

internal static class OpenApiDefaults
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/openapi/{documentName}.json";

    public static IServiceCollection AddAgrovetOpenApi(this IServiceCollection services, string serviceName)
    {
        services.AddOpenApi(DocumentName, o =>
        {
            o.AddOperationTransformer<ProblemResponsesTransformer>();
            o.AddOperationTransformer<ParameterDescriptionsTransformer>();
            o.AddSchemaTransformer<PrimitiveSchemaTransformer>();
            o.AddSchemaTransformer<ArrayItemsTransformer>();
            o.AddSchemaTransformer<OptionalFieldSchemaTransformer>();
            o.AddSchemaTransformer<ConverterSchemaTransformer>();
            o.AddDocumentTransformer(new DocumentShapeTransformer(serviceName));
            o.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            o.AddDocumentTransformer<ProblemSchemas>();
        });
        services.AddServiceCommand<OpenApiDocumentCommand>();
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
