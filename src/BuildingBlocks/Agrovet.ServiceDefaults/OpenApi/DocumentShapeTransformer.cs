using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// What makes a service's document the same wherever it is produced (served, or written by the <c>openapi</c> verb):
/// its title and description, a relative server (whatever host the request came to), and every tag its
/// operations use declared once at the top.
/// </summary>
internal sealed class DocumentShapeTransformer(string serviceName) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = $"Agrovet {serviceName} API";
        document.Info.Version = "v1";
        document.Info.Description =
            $"The {serviceName} service of Agrovet, reached through the gateway. Errors are application/problem+json (RFC 9457); "
            + "invalid input answers 400 with `errors: {field: [messages]}`. Authenticated calls send `Authorization: Bearer <access token>` "
            + "from POST /api/auth/login/. Every service's reference is at /api/docs on the gateway and in docs/openapi/ of the repository.";
        document.Info.Contact = new OpenApiContact { Name = "Agrovet" };
        // Relative: the same paths answer on the gateway and on the service itself, so whichever serves the
        // document is the server its calls go to.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The Agrovet gateway (or this service, where it serves this document)" }];

        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var name in used.Where(n => document.Tags.All(t => t.Name != n)))
        {
            document.Tags.Add(new OpenApiTag { Name = name });
        }

        return Task.CompletedTask;
    }
}
