using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// ASP.NET Core's authorization middleware, run only where there is something to authorize: an endpoint with
/// authorization metadata (<c>RequireAuthorization</c>, <c>[Authorize]</c>, <c>AllowAnonymous</c> alongside them), or any
/// request once a fallback policy is set. Elsewhere it would combine an empty policy and pass the request on.
/// </summary>
public sealed class EndpointAuthorizationMiddleware(
    RequestDelegate next,
    IAuthorizationPolicyProvider policies,
    IServiceProvider services,
    IOptions<AuthorizationOptions> options)
{
    private readonly AuthorizationMiddleware _authorization = new(next, policies, services);
    private readonly bool _hasFallbackPolicy = options.Value.FallbackPolicy is not null;

    public Task InvokeAsync(HttpContext context) =>
        _hasFallbackPolicy || HasAuthorizationMetadata(context.GetEndpoint()) ? _authorization.Invoke(context) : next(context);

    private static bool HasAuthorizationMetadata(Endpoint? endpoint) =>
        endpoint is not null
        && (endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null
            || endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null
            || endpoint.Metadata.GetMetadata<IAuthorizationRequirementData>() is not null);
}
