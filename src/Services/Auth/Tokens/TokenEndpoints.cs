using Agrovet.Auth.Sessions;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Auth.Tokens;

public static class TokenEndpoints
{
    public static RouteGroupBuilder MapTokens(this RouteGroupBuilder auth)
    {
        var tokens = auth.MapGroup("token").AllowAnonymous().WithTags("Tokens");
        tokens.MapPost("refresh/", RefreshAsync)
            .WithName("RefreshToken")
            .WithSummary("Swap a refresh token for a new pair; the old refresh token stops working");
        tokens.MapPost("verify/", VerifyAsync)
            .WithName("VerifyToken")
            .WithSummary("Check an access token the way every service does, including revocation");
        return auth;
    }

    private static async Task<Results<Ok<TokenPairResponse>, ValidationProblem, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, HttpContext http, SessionTokens sessions, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("refresh", request.Refresh))
        {
            return errors.ToProblem();
        }

        var outcome = await sessions.RotateAsync(request.Refresh, ClientAddress.Of(http), cancellationToken);
        return outcome.Pair is { } pair ? TypedResults.Ok(pair) : Problem.Unauthorized(outcome.Refusal!);
    }

    private static async Task<Results<Ok<VerifyResponse>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        VerifyRequest request, HttpContext http, AccessTokenValidator validator, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("token", request.Token))
        {
            return errors.ToProblem();
        }

        var check = await validator.CheckAsync(request.Token, http.RequestServices, cancellationToken);
        return check.Claims is { } claims ? TypedResults.Ok(new VerifyResponse(true, claims)) : Problem.Unauthorized(check.Refusal!);
    }
}
