using Agrovet.Auth.Sessions;
using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Auth.Registration;

public static class RegistrationEndpoints
{
    public static RouteGroupBuilder MapRegistration(this RouteGroupBuilder auth)
    {
        var register = auth.MapGroup("register").AllowAnonymous().WithTags("Registration");
        register.MapPost("/", RegisterAsync)
            .WithName("Register")
            .WithSummary("Create an account (consumer, specialist or businessman)")
            .WithDescription(
                "Anyone may call it. Creates an active account with the chosen role (administrator accounts cannot be registered) "
                + "and answers it with 201 and its location. Raises user.created, from which profiles and marketplace learn of the user. "
                + "A username or email already in use is refused with 400 naming the field; so is a weak password, with what to change.");
        return auth;
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem>> RegisterAsync(
        RegisterRequest request, UserChanges changes, Passwords passwords, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var username = request.Username?.Trim();
        var email = request.Email?.Trim();
        UsernameRule.Validate("username", username, errors);
        EmailRule.Validate("email", email, errors);
        PasswordRules.Validate("password", request.Password, username, email, errors);
        if (errors.Required("role", request.Role) && !Roles.SelfService.Contains(request.Role))
        {
            errors.Add("role", request.Role == Roles.Admin
                ? Messages.FormatAdminCannotRegister(RoleNames.Describe(Roles.SelfService))
                : Messages.FormatChooseOneOf(RoleNames.Describe(Roles.SelfService)));
        }

        var checkUsername = errors.Has("username") ? null : username;
        var checkEmail = errors.Has("email") ? null : email;
        if (checkUsername is not null || checkEmail is not null)
        {
            await changes.FindTakenAsync(checkUsername, checkEmail, null, errors, cancellationToken);
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var user = User.Create(username!, email!, request.Role!, time.GetUtcNow().UtcDateTime);
        user.PasswordHash = passwords.Hash(request.Password!);
        return await changes.CreateAsync(user, creator: null, cancellationToken) switch
        {
            UserChangeOutcome.Saved saved => TypedResults.Created($"/api/auth/users/{saved.User.Id}/", UserResponse.From(saved.User)),
            UserChangeOutcome.Taken taken => taken.Errors.ToProblem(),
            _ => throw new InvalidOperationException("A new account cannot be gone."),
        };
    }
}
