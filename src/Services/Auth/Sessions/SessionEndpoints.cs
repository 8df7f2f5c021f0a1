using System.Globalization;
using System.Security.Claims;
using Agrovet.Auth.Data;
using Agrovet.Auth.Throttling;
using Agrovet.Auth.Tokens;
using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Sessions;

public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder auth)
    {
        auth.MapPost("login/", LoginAsync)
            .AllowAnonymous()
            .WithTags("Sessions")
            .WithName("Login")
            .WithSummary("Sign in with username (or email) and password")
            .WithDescription(
                "Anyone may call it. Answers an access token (short-lived, sent as Authorization: Bearer) and a refresh token "
                + "(for POST /api/auth/token/refresh/), with the user, and records the sign-in time. Wrong credentials or a "
                + "deactivated account answer 401; repeated failures for one account or address answer 429 with Retry-After.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("logout/", LogoutAsync)
            .RequireAuthorization()
            .WithTags("Sessions")
            .WithName("Logout")
            .WithSummary("End this session: revoke the refresh token and the access token used for the call")
            .WithDescription(
                "Signed-in users. Revokes the given refresh token (and every token refreshed from it) and puts the access token "
                + "of this call on the denylist, so every service refuses it at once. A refresh token of another account answers 400.");
        return auth;
    }

    private static async Task<Results<Ok<TokenPairResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request,
        HttpContext http,
        AuthDbContext db,
        Passwords passwords,
        LoginThrottle throttle,
        SessionTokens sessions,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("username", request.Username);
        errors.Required("password", request.Password);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var login = User.Normalize(request.Username!.Trim());
        var user = await db.Users
            .Where(u => u.NormalizedUsername == login || u.NormalizedEmail == login)
            .OrderByDescending(u => u.NormalizedUsername == login)
            .FirstOrDefaultAsync(cancellationToken);

        var address = ClientAddress.Of(http);
        var attempt = new LoginAttempt(
            user?.Id.ToString(CultureInfo.InvariantCulture) ?? "name:" + login[..Math.Min(login.Length, EmailRule.MaxLength)],
            address?.ToString() ?? "unknown");
        if (await throttle.RetryAfterAsync(attempt) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Problem.TooManyRequests(Messages.FormatTooManySignIns(Math.Max(1, (seconds + 59) / 60)));
        }

        var verdict = passwords.Verify(user, request.Password!);
        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            await throttle.RecordFailureAsync(attempt);
            return Problem.Unauthorized(Messages.WrongCredentials);
        }

        if (!user.IsActive)
        {
            return Problem.Unauthorized(Messages.DeactivatedContactAdmin);
        }

        throttle.RecordSuccess(attempt);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = passwords.Hash(request.Password!);
        }

        user.LastLogin = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(await sessions.StartAsync(user, address, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem>> LogoutAsync(
        LogoutRequest request, ClaimsPrincipal principal, AuthDbContext db, SessionRevocation revocation, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("refresh", request.Refresh))
        {
            return errors.ToProblem();
        }

        var userId = principal.Id();
        var token = OpaqueTokenValue.TryHash(request.Refresh, out var hash)
            ? await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            : null;
        if (token is null || token.UserId != userId)
        {
            return Problem.Invalid("refresh", Messages.NotYourRefreshToken);
        }

        await revocation.RevokeFamilyAsync(token.FamilyId, cancellationToken);
        var tokenId = principal.FindFirst(AgrovetClaims.TokenId)!.Value;
        var expires = long.Parse(principal.FindFirst(AgrovetClaims.Expires)!.Value, CultureInfo.InvariantCulture);
        await revocation.DenyAccessTokenAsync(tokenId, DateTimeOffset.FromUnixTimeSeconds(expires), cancellationToken);
        return TypedResults.NoContent();
    }
}
