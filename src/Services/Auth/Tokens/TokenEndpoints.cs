using Agrovet.Auth.Sessions;
using Agrovet.ServiceDefaults.Auth;
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
            .WithSummary("Swap a refresh token for a new pair; the old refresh token stops working")
            .WithDescription(
                "Anyone holding a refresh token may call it. Answers a new access and refresh token; the old refresh token stops "
                + "working, and reusing a revoked one revokes the whole session (a stolen token is worthless after its first use). "
                + "An unknown, expired or revoked token, or a deactivated account, answers 401.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        tokens.MapPost("verify/", VerifyAsync)
            .WithName("VerifyToken")
            .WithSummary("Check an access token the way every service does, including revocation")
            .WithDescription(
                "Anyone may call it; changes nothing. Answers the token's claims when its signature, lifetime and issuer hold and it "
                + "is not on the denylist (logged out, account deactivated); otherwise 401 with the reason.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("token/socket/", IssueSocketTicket)
            .RequireAuthorization()
            .WithTags("Tokens")
            .WithName("IssueSocketTicket")
            .WithSummary("Trade the access token of the call for a single-use WebSocket ticket")
            .WithDescription(
                "Signed-in users. Answers a 22-character ticket that opens one WebSocket (`/ws/chat/{room_id}/?ticket=`, "
                + "`/ws/compute?ticket=`) within 30 seconds, in place of `?token=`: a socket keeps its URL for its whole life, and "
                + "the ticket is a thirtieth of the token's size. The socket is then the token's: it ends when the token expires "
                + "or is revoked. A used or expired ticket is refused before the upgrade with 401.");
        return auth;
    }

    private static async Task<Ok<SocketTicketResponse>> IssueSocketTicket(HttpContext http, SocketTickets tickets, CancellationToken cancellationToken)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var accessToken = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : header;
        var ticket = await tickets.IssueAsync(accessToken, cancellationToken);
        return TypedResults.Ok(new SocketTicketResponse(ticket, (int)SocketTickets.Lifetime.TotalSeconds));
    }

    private static async Task<Results<Ok<TokenPairResponse>, ValidationProblem, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, HttpContext http, SessionTokens sessions, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("refresh", request.Refresh))
        {
            return errors.ToProblem();
        }

        return await sessions.RotateAsync(request.Refresh, ClientAddress.Of(http), cancellationToken) switch
        {
            RefreshOutcome.Rotated rotated => TypedResults.Ok(rotated.Pair),
            RefreshOutcome.Refused refused => Problem.Unauthorized(refused.Reason),
            _ => throw new InvalidOperationException("Unknown refresh outcome."),
        };
    }

    private static async Task<Results<Ok<VerifyResponse>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        VerifyRequest request, HttpContext http, AccessTokenValidator validator, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("token", request.Token))
        {
            return errors.ToProblem();
        }

        return await validator.CheckAsync(request.Token, http.RequestServices, cancellationToken) switch
        {
            TokenCheck.Valid valid => TypedResults.Ok(new VerifyResponse(true, valid.Claims)),
            TokenCheck.Refused refused => Problem.Unauthorized(refused.Reason),
            _ => throw new InvalidOperationException("Unknown token check."),
        };
    }
}
