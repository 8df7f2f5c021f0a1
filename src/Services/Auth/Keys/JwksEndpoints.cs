using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Auth.Keys;

public static class JwksEndpoints
{
    public static RouteGroupBuilder MapJwks(this RouteGroupBuilder auth)
    {
        var wellKnown = auth.MapGroup(".well-known").AllowAnonymous().WithTags("Keys");
        wellKnown.MapGet("jwks.json", GetAsync)
            .WithName("GetJwks")
            .WithSummary("The public keys access tokens are signed with (current and recently replaced)")
            .WithDescription(
                "Anyone may call it; changes nothing. A JSON Web Key Set of ES256 keys: every service checks access tokens locally "
                + "against it and fetches it again when a token names a key id it does not know.");
        return auth;
    }

    private static async Task<Ok<JwksResponse>> GetAsync(SigningKeyStore keys, HttpResponse response, CancellationToken cancellationToken)
    {
        var ring = await keys.GetRingAsync(cancellationToken);
        response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(ring.Jwks);
    }
}
