using System.Globalization;
using System.Security.Claims;
using Agrovet.Auth.Data;
using Agrovet.Auth.Registration;
using Agrovet.Auth.Sessions;
using Agrovet.Auth.Throttling;
using Agrovet.Auth.Tokens;
using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Account;

/// <summary>
/// What a signed-in user does to their own account: change the password (every other session ends; this one gets a
/// fresh pair) and delete the account (<c>user.deleted</c> tells the other services). Both ask for the current password,
/// and wrong guesses count against the same throttle as sign-ins, so a stolen access token cannot try passwords.
/// </summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccount(this RouteGroupBuilder auth)
    {
        var me = auth.MapGroup("me").RequireAuthorization().WithTags("Users");
        me.MapPost("password/", ChangePasswordAsync)
            .WithName("ChangePassword")
            .WithSummary("Change your password: your other sessions end, this one continues with the new token pair")
            .WithDescription(
                "Signed-in users. Needs the current password (a wrong one is a field error on current_password and counts "
                + "against the sign-in throttle: repeated failures answer 429 with Retry-After); the new one follows the "
                + "registration rules. Every refresh and access token of the account stops working; the answer is a fresh pair.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        me.MapPost("delete/", DeleteAsync)
            .WithName("DeleteMyAccount")
            .WithSummary("Delete your account for good: sessions end, and the other services remove or anonymise what was yours")
            .WithDescription(
                "Signed-in users other than administrators (409: another administrator deletes them). Needs the password "
                + "(a wrong one is a field error and counts against the sign-in throttle: 429 with Retry-After). Publishes "
                + "user.deleted: media removes the files, profiles and the marketplace hide what was the account's; orders "
                + "stay for the other party's records.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return auth;
    }

    private static async Task<Results<Ok<TokenPairResponse>, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request,
        ClaimsPrincipal principal,
        HttpContext http,
        AuthDbContext db,
        Passwords passwords,
        LoginThrottle throttle,
        UserChanges changes,
        SessionTokens sessions,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("current_password", request.CurrentPassword);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == principal.Id(), cancellationToken);
        if (user is not { IsActive: true })
        {
            return Problem.Unauthorized(user is null ? Messages.AccountGone : Messages.AccountDeactivated);
        }

        PasswordRules.Validate("new_password", request.NewPassword, user.Username, user.Email, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var (wrong, throttled) = await CheckPasswordAsync(user, request.CurrentPassword!, http, passwords, throttle, "current_password");
        if (wrong is not null)
        {
            return wrong;
        }

        if (throttled is not null)
        {
            return throttled;
        }

        if (request.NewPassword == request.CurrentPassword)
        {
            return Problem.Invalid("new_password", Messages.NewPasswordIsCurrent);
        }

        user.PasswordHash = passwords.Hash(request.NewPassword!);
        if (await changes.UpdateAsync(user, admin: null, cancellationToken) is not UserChangeOutcome.Saved)
        {
            return Problem.Unauthorized(Messages.AccountGone);
        }

        return TypedResults.Ok(await sessions.StartAsync(user, ClientAddress.Of(http), cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        DeleteAccountRequest request,
        ClaimsPrincipal principal,
        HttpContext http,
        AuthDbContext db,
        Passwords passwords,
        LoginThrottle throttle,
        UserChanges changes,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("password", request.Password))
        {
            return errors.ToProblem();
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == principal.Id(), cancellationToken);
        if (user is null)
        {
            return Problem.Unauthorized(Messages.AccountGone);
        }

        if (user.Role == Roles.Admin)
        {
            return Problem.Conflict(Messages.AdminSelfDeleteRefused);
        }

        var (wrong, throttled) = await CheckPasswordAsync(user, request.Password, http, passwords, throttle, "password");
        if (wrong is not null)
        {
            return wrong;
        }

        if (throttled is not null)
        {
            return throttled;
        }

        return await changes.DeleteAsync(user, admin: null, cancellationToken) is UserChangeOutcome.Saved
            ? TypedResults.NoContent()
            : Problem.Unauthorized(Messages.AccountGone);
    }

    /// <summary>Both null when the password is right; else a field error, or "too many attempts".</summary>
    private static async Task<(ValidationProblem? Wrong, ProblemHttpResult? Throttled)> CheckPasswordAsync(
        User user, string password, HttpContext http, Passwords passwords, LoginThrottle throttle, string field)
    {
        var attempt = new LoginAttempt(user.Id.ToString(CultureInfo.InvariantCulture), ClientAddress.Of(http)?.ToString() ?? "unknown");
        if (await throttle.RetryAfterAsync(attempt) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return (null, Problem.TooManyRequests(Messages.FormatTooManyWrongPasswords(Math.Max(1, (seconds + 59) / 60))));
        }

        var verdict = passwords.Verify(user, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await throttle.RecordFailureAsync(attempt);
            return (Problem.Invalid(field, Messages.NotYourCurrentPassword), null);
        }

        throttle.RecordSuccess(attempt);
        return (null, null);
    }
}
