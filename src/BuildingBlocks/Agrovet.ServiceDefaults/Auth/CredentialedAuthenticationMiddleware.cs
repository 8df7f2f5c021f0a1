using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// ASP.NET Core's authentication middleware, run only for requests that carry a credential: an <c>Authorization</c>
/// header, or a WebSocket's <c>?token=</c> or <c>?ticket=</c> (see <see cref="AgrovetJwtBearerEvents"/>). Without one the bearer handler
/// answers "no result" and the user stays anonymous anyway; building that handler for every anonymous request (health
/// probes, public reads) was the largest single cost of the shared pipeline (bench/README.md, "Per-request cost").
/// </summary>
public sealed class CredentialedAuthenticationMiddleware(RequestDelegate next, IAuthenticationSchemeProvider schemes)
{
    private readonly AuthenticationMiddleware _authentication = new(next, schemes);

    public Task InvokeAsync(HttpContext context) =>
        CarriesCredential(context.Request) ? _authentication.Invoke(context) : next(context);

    private static bool CarriesCredential(HttpRequest request) =>
        request.Headers.Authorization.Count > 0
        || (request.Path.StartsWithSegments("/ws", StringComparison.Ordinal) && (request.Query.ContainsKey("token") || request.Query.ContainsKey("ticket")));
}
