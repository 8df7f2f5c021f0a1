using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Agrovet.Auth.Sessions;
using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Auth.PasswordReset;

/// <summary>
/// "Forgot password" for people who cannot sign in: ask for a link by e-mail (the answer never says whether an account
/// has the address), then choose a new password through it.
/// </summary>
public static class PasswordResetEndpoints
{
    public static RouteGroupBuilder MapPasswordReset(this RouteGroupBuilder auth)
    {
        var password = auth.MapGroup("password").AllowAnonymous().WithTags("Password reset");
        password.MapPost("forgot/", ForgotAsync)
            .WithName("ForgotPassword")
            .WithSummary("Ask for a link to choose a new password, sent by e-mail")
            .WithDescription(
                "Anyone may call it. When an active account has the address, e-mails it a link to the web app's reset page, in "
                + "the language of Accept-Language, that works once and for an hour; asking again replaces the earlier link. The "
                + "answer is the same 202 whether or not an account has the address (and nothing is sent to a deactivated one). "
                + "Repeated requests for one address or from one client answer 429 with Retry-After.")
            .Produces<ForgotPasswordResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        password.MapPost("reset/", ResetAsync)
            .WithName("ResetPassword")
            .WithSummary("Choose a new password with the token of an e-mailed link")
            .WithDescription(
                "Anyone holding a link may call it. The new password follows the registration rules (a weak one is a field error "
                + "on new_password and the link keeps working). A link that was used, replaced by a newer one or expired answers "
                + "400 with what to do; a deactivated account answers 401. On success every refresh and access token of the "
                + "account stops working: the person signs in again with the new password.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return auth;
    }

    private static async Task<Results<Accepted<ForgotPasswordResponse>, ValidationProblem, ProblemHttpResult>> ForgotAsync(
        ForgotPasswordRequest request,
        HttpContext http,
        ResetRequestThrottle throttle,
        PasswordResets resets,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var email = request.Email?.Trim();
        EmailRule.Validate("email", email, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var address = ClientAddress.Of(http);
        if (await throttle.CountAsync(Fingerprint(User.Normalize(email!)), address?.ToString() ?? "unknown") is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Problem.TooManyRequests(Messages.FormatTooManyResetRequests(Math.Max(1, (seconds + 59) / 60)));
        }

        await resets.RequestAsync(email!, address, cancellationToken);
        return TypedResults.Accepted((string?)null, new ForgotPasswordResponse(Messages.ResetLinkSent));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetAsync(
        ResetPasswordRequest request, PasswordResets resets, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("token", request.Token);
        errors.Required("new_password", request.NewPassword);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        return await resets.ResetAsync(request.Token!, request.NewPassword, cancellationToken) switch
        {
            PasswordResetOutcome.Reset => TypedResults.NoContent(),
            PasswordResetOutcome.WeakPassword weak => weak.Errors.ToProblem(),
            PasswordResetOutcome.Deactivated => Problem.Unauthorized(Messages.DeactivatedContactAdmin),
            _ => Problem.BadRequest(Messages.ResetLinkNotValid),
        };
    }

    /// <summary>The throttle's key for an address: its SHA-256, so Redis holds no e-mail addresses.</summary>
    private static string Fingerprint(string normalizedEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)));
}
