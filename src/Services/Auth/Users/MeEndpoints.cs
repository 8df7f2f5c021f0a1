using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Auth.Users;

public static class MeEndpoints
{
    public static RouteGroupBuilder MapMe(this RouteGroupBuilder auth)
    {
        var me = auth.MapGroup("me").RequireAuthorization().WithTags("Users");
        me.MapGet("/", GetAsync)
            .WithName("GetMe")
            .WithSummary("The signed-in user")
            .WithDescription("Signed-in users; changes nothing. Answers the caller's account; 401 when it was deleted or deactivated since the token was issued.");
        return auth;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetAsync(
        ClaimsPrincipal principal, HttpContext http, UserCache users, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(principal.Id(), http.RequestServices, cancellationToken);
        if (user is not { IsActive: true })
        {
            return Problem.Unauthorized(user is null ? Messages.AccountGone : Messages.AccountDeactivated);
        }

        return TypedResults.Ok(user.Profile);
    }
}
