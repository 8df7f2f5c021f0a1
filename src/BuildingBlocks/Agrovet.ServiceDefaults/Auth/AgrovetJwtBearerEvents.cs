using System.Text;
using Agrovet.ServiceDefaults.Localization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// Token plumbing shared by every service: WebSocket tokens from <c>?token=</c> or a <see cref="SocketTickets"/>
/// <c>?ticket=</c>, the denylist check, and 401
/// answers that say why the token was refused: the problem in the request's language, the challenge in English
/// for machines (RFC 6750 <c>error="invalid_token", error_description="The token expired"</c>, which the web app reads
/// to refresh).
/// </summary>
internal sealed class AgrovetJwtBearerEvents : JwtBearerEvents
{
    public override async Task MessageReceived(MessageReceivedContext context)
    {
        var request = context.Request;
        if (!string.IsNullOrEmpty(context.Token) || !request.Path.StartsWithSegments("/ws", StringComparison.Ordinal))
        {
            return;
        }

        if (request.Query.TryGetValue("token", out var token))
        {
            context.Token = token.ToString();
        }
        else if (request.Query.TryGetValue("ticket", out var ticket))
        {
            var tickets = context.HttpContext.RequestServices.GetRequiredService<SocketTickets>();
            if (await tickets.RedeemAsync(ticket.ToString(), context.HttpContext.RequestAborted) is not { } redeemed)
            {
                context.Fail(new SocketTicketRefusedException("The socket ticket was used already, expired or is unknown."));
                return;
            }

            context.Token = redeemed;
            // For the endpoint that needs to act with the token later; as UTF-8, since a socket keeps it for its life.
            context.HttpContext.Items[SocketTickets.AccessTokenItem] = Encoding.UTF8.GetBytes(redeemed);
        }
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var tokenId = principal.FindFirst(AgrovetClaims.TokenId)?.Value;
        var subject = principal.FindFirst(AgrovetClaims.Subject)?.Value;
        if (tokenId is null || subject is null || !long.TryParse(subject, out _))
        {
            context.Fail(new SecurityTokenException("The access token lacks its id or subject."));
            return;
        }

        if (!long.TryParse(principal.FindFirst(AgrovetClaims.IssuedAt)?.Value, out var issuedAtSeconds))
        {
            context.Fail(new SecurityTokenException("The access token lacks its issue time."));
            return;
        }

        var denylist = context.HttpContext.RequestServices.GetRequiredService<IAccessTokenDenylist>();
        var issuedAt = TokenIssueTime.Of(tokenId, issuedAtSeconds);
        if (await denylist.IsRevokedAsync(tokenId, subject, issuedAt, context.HttpContext.RequestAborted))
        {
            context.Fail(new SecurityTokenRevokedException("The access token has been revoked. Sign in again."));
        }
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = Challenge(context.AuthenticateFailure);
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = SharedMessages.TitleUnauthorized,
                Detail = Explain(context.AuthenticateFailure),
            },
        });
    }

    /// <summary>Why the token was refused and what to do, in the request's language.</summary>
    private static string Explain(Exception? failure) => failure switch
    {
        null => SharedMessages.TokenMissing,
        SecurityTokenExpiredException => SharedMessages.TokenExpired,
        SecurityTokenRevokedException => SharedMessages.TokenRevoked,
        SocketTicketRefusedException => SharedMessages.SocketTicketRefused,
        SecurityTokenInvalidAlgorithmException => SharedMessages.TokenBadAlgorithm,
        SecurityTokenSignatureKeyNotFoundException => SharedMessages.TokenUnknownKey,
        SecurityTokenInvalidSignatureException => SharedMessages.TokenBadSignature,
        SecurityTokenNotYetValidException => SharedMessages.TokenNotYetValid,
        AggregateException { InnerExceptions: [var inner] } => Explain(inner),
        _ when failure.GetType() == typeof(SecurityTokenException) => SharedMessages.TokenIncomplete,
        _ => SharedMessages.TokenInvalid,
    };

    /// <summary>The RFC 6750 challenge: English and fixed, for programs (the web app refreshes on "expired").</summary>
    private static string Challenge(Exception? failure) => Reason(failure) is { } reason
        ? $"Bearer error=\"invalid_token\", error_description=\"{reason}\""
        : "Bearer";

    private static string? Reason(Exception? failure) => failure switch
    {
        null => null,
        SecurityTokenExpiredException => "The token expired",
        SecurityTokenRevokedException => "The token was revoked",
        SocketTicketRefusedException => "The ticket was used already, expired or is unknown",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidAlgorithmException =>
            "The token signature is not valid",
        SecurityTokenNotYetValidException => "The token is not valid yet",
        AggregateException { InnerExceptions: [var inner] } => Reason(inner),
        _ => "The token is not valid",
    };
}
