using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// Token plumbing shared by every service: WebSocket tokens from <c>?token=</c>, the denylist check, and 401
/// answers that say why the token was refused.
/// </summary>
internal sealed class AgrovetJwtBearerEvents : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        var request = context.Request;
        if (string.IsNullOrEmpty(context.Token)
            && request.Path.StartsWithSegments("/ws", StringComparison.Ordinal)
            && request.Query.TryGetValue("token", out var token))
        {
            context.Token = token.ToString();
        }

        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var tokenId = principal.FindFirst(AgrovetClaims.TokenId)?.Value;
        var subject = principal.FindFirst(AgrovetClaims.Subject)?.Value;
        if (tokenId is null || subject is null || !long.TryParse(subject, out _))
        {
            context.Fail("The access token lacks its id or subject.");
            return;
        }

        if (!long.TryParse(principal.FindFirst(AgrovetClaims.IssuedAt)?.Value, out var issuedAtSeconds))
        {
            context.Fail("The access token lacks its issue time.");
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
        response.Headers.WWWAuthenticate = "Bearer";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = Explain(context.AuthenticateFailure),
            },
        });
    }

    private static string Explain(Exception? failure) => failure switch
    {
        null => "Sign in and send the access token as 'Authorization: Bearer <token>'.",
        SecurityTokenExpiredException => "The access token has expired. Get a new one with POST /api/auth/token/refresh/.",
        SecurityTokenRevokedException revoked => revoked.Message,
        SecurityTokenInvalidAlgorithmException => "The access token is not signed with an accepted algorithm (ES256).",
        SecurityTokenSignatureKeyNotFoundException => "The access token is signed with a key this service does not know.",
        SecurityTokenInvalidSignatureException => "The access token's signature is not valid.",
        SecurityTokenNotYetValidException => "The access token is not valid yet.",
        AggregateException { InnerExceptions: [var inner] } => Explain(inner),
        _ => "The access token is not valid. Sign in again.",
    };
}
