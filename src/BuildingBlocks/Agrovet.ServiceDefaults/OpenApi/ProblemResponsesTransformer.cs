using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// The refusals every endpoint shares, derived from what the endpoint is rather than listed by hand: 401 (and the
/// bearer requirement) when it needs a signed-in caller, 403 when it needs a role or policy, 400 when it takes input
/// (a body, query or header parameters, a path parameter without a route constraint),
/// 413 when it takes a body, 404 when its route names something by a parameter. The endpoint adds its own
/// (<c>.ProducesProblem(409)</c>); every refusal, its own included, gets the problem+json schema
/// (<see cref="ProblemSchemas"/>) and a description of what it means.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var parameters = description.ParameterDescriptions.Where(IsFromRequest).ToList();
        var takesBody = parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile);
        var authorization = EndpointAuthorization.Of(metadata);

        operation.Responses ??= [];
        if (parameters.Any(CanBeInvalid))
        {
            AddIfMissing(operation, StatusCodes.Status400BadRequest);
        }

        if (authorization.RequiresUser)
        {
            AddIfMissing(operation, StatusCodes.Status401Unauthorized);
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecuritySchemeTransformer.SchemeName, context.Document)] = [] }];
        }

        if (authorization.RequiresRoleOrPolicy)
        {
            AddIfMissing(operation, StatusCodes.Status403Forbidden);
        }

        if (parameters.Any(p => p.Source == BindingSource.Path))
        {
            AddIfMissing(operation, StatusCodes.Status404NotFound);
        }

        if (takesBody)
        {
            AddIfMissing(operation, StatusCodes.Status413PayloadTooLarge);
        }

        foreach (var (status, response) in operation.Responses.Where(r => IsRefusal(r.Key)).ToList())
        {
            operation.Responses[status] = ProblemResponse(status, response, context.Document);
        }

        operation.OperationId ??= OperationIds.From(description);
        return Task.CompletedTask;
    }

    private static bool IsFromRequest(ApiParameterDescription parameter) =>
        parameter.Source is { } source && (source == BindingSource.Body || source == BindingSource.Form || source == BindingSource.FormFile
            || source == BindingSource.Query || source == BindingSource.Path || source == BindingSource.Header);

    // A path parameter with a route constraint ({id:long}) that does not fit matches no route: 404, not 400.
    private static bool CanBeInvalid(ApiParameterDescription parameter) =>
        parameter.Source != BindingSource.Path || parameter.RouteInfo?.Constraints?.Any() != true;

    private static bool IsRefusal(string status) => status.Length == 3 && status[0] is '4' or '5';

    private static void AddIfMissing(OpenApiOperation operation, int status) =>
        operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse());

    private static OpenApiResponse ProblemResponse(string status, IOpenApiResponse existing, OpenApiDocument? document)
    {
        var code = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
        var text = string.IsNullOrWhiteSpace(existing.Description) || existing.Description == ReasonPhrases.GetReasonPhrase(code)
            ? RefusalDescriptions.Of(code)
            : existing.Description;
        return new OpenApiResponse
        {
            Description = text,
            Headers = existing.Headers,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemSchemas.ContentType] = new() { Schema = new OpenApiSchemaReference(ProblemSchemas.SchemaFor(code), document) },
            },
        };
    }

    /// <summary>What an endpoint's authorization metadata asks of the caller (an explicit AllowAnonymous wins, as at run time).</summary>
    private readonly record struct EndpointAuthorization(bool RequiresUser, bool RequiresRoleOrPolicy)
    {
        public static EndpointAuthorization Of(IList<object> metadata)
        {
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                return default;
            }

            var data = metadata.OfType<IAuthorizeData>().ToList();
            var policies = metadata.OfType<AuthorizationPolicy>().ToList();
            var requiresUser = data.Count > 0 || policies.Count > 0;
            var requiresRole = data.Any(d => !string.IsNullOrEmpty(d.Policy) || !string.IsNullOrEmpty(d.Roles))
                || policies.Any(p => p.Requirements.Any(r => r is not Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement));
            return new EndpointAuthorization(requiresUser, requiresRole);
        }
    }
}
