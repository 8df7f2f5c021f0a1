using Agrovet.Gateway.Security;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Scalar.AspNetCore;

namespace Agrovet.Gateway.ApiDocs;

/// <summary>
/// One API reference for the whole platform at <c>/api/docs</c>: a Scalar page listing the document of every service the
/// platform runs (fetched from the service, see <see cref="ServiceDocuments"/>) and the gateway's own. A service that is
/// down is listed as unavailable; its document answers 503 problem+json until it is back.
/// </summary>
public static class ApiDocsExtensions
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddHttpClient(ServiceDocuments.HttpClientName, c =>
        {
            c.Timeout = ServiceDocuments.Timeout;
            c.MaxResponseContentBufferSize = ServiceDocuments.MaxDocumentBytes;
        }).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = ServiceDocuments.ConnectTimeout });
        services.AddSingleton<ServiceDocuments>();
        return services;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapGet(ApiDocsPaths.Page + "/{service}.json", DocumentAsync).ExcludeFromDescription();
        app.MapGet(ApiDocsPaths.Page + "/unavailable/{service}.json", UnavailableDocument).ExcludeFromDescription();
        app.MapScalarApiReference(ApiDocsPaths.Page, ConfigurePageAsync);
        return app;
    }

    private static async Task<IResult> DocumentAsync(string service, ServiceDocuments documents, HttpContext context)
    {
        if (string.Equals(service, ServiceCatalog.GatewayName, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.LocalRedirect(ApiDocsPaths.GatewayDocument);
        }

        if (Upstream(service) is not { } definition)
        {
            return UnknownService(service);
        }

        var document = await documents.GetAsync(definition, context.RequestAborted);
        if (!document.Available)
        {
            return Problem.Unavailable(
                Messages.FormatApiReferenceUnavailable(definition.Name));
        }

        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Bytes(document.Json!, "application/json");
    }

    private static IResult UnavailableDocument(string service) =>
        Upstream(service) is { } definition
            ? TypedResults.Text(UnavailableStub.For(definition).ToJsonString(), "application/json")
            : UnknownService(service);

    private static async Task ConfigurePageAsync(ScalarOptions options, HttpContext context)
    {
        var urls = context.RequestServices.GetRequiredService<InternalServiceUrls>();
        var documents = context.RequestServices.GetRequiredService<ServiceDocuments>();
        var fetched = await Task.WhenAll(urls.DeployedUpstreams().Select(s => documents.GetAsync(s, context.RequestAborted)));

        options.WithTitle("Agrovet API reference").DisableDefaultFonts().WithNonce()
            .WithOpenApiRoutePattern(PatternForNamedDocument(context.GetRouteValue("documentName") as string, fetched));
        foreach (var document in fetched)
        {
            var name = document.Service.Name;
            options.AddDocument(
                name,
                document.Available ? name : $"{name} (unavailable)",
                document.Available ? ApiDocsPaths.Document(name) : ApiDocsPaths.Unavailable(name));
        }

        options.AddDocument(ServiceCatalog.GatewayName, ServiceCatalog.GatewayName, ApiDocsPaths.GatewayDocument);
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            if (http.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
            {
                http.Response.Headers[ContentSecurityPolicy.HeaderName] = ContentSecurityPolicy.ApiReference(nonce);
            }

            return Task.CompletedTask;
        }, context);
    }

    /// <summary>A page opened on one document (<c>/api/docs/forum</c>) fetches it by this pattern rather than from the list.</summary>
    private static string PatternForNamedDocument(string? name, ServiceDocument[] fetched)
    {
        if (string.Equals(name, ServiceCatalog.GatewayName, StringComparison.OrdinalIgnoreCase))
        {
            return ApiDocsPaths.GatewayDocument;
        }

        var unavailable = fetched.Any(d => !d.Available && string.Equals(d.Service.Name, name, StringComparison.OrdinalIgnoreCase));
        return ApiDocsPaths.Page + (unavailable ? "/unavailable/{documentName}.json" : "/{documentName}.json");
    }

    private static ServiceDefinition? Upstream(string name) =>
        ServiceCatalog.Find(name) is { } service && service.Name != ServiceCatalog.GatewayName ? service : null;

    private static ProblemHttpResult UnknownService(string service) => Problem.NotFound(
        Messages.FormatUnknownService(service, string.Join(", ", ServiceCatalog.All.Select(s => s.Name)), ApiDocsPaths.Page));
}
