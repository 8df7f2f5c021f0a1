using System.Security.Claims;
using Agrovet.Auth.Data;
using Agrovet.Auth.Users;
using Agrovet.Data.Pagination;
using Agrovet.EventBus.Audit;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Admin;

public static class AdminUserEndpoints
{
    public static RouteGroupBuilder MapAdminUsers(this RouteGroupBuilder auth)
    {
        var users = auth.MapGroup("users").RequireAuthorization(Policies.Admin).WithTags("Admin");
        users.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("Search and filter users")
            .WithDescription("Administrators; changes nothing. Every account, active or not, paginated with an exact count.")
            .WithParameterDescription("search", "Part of the username or email, any case.")
            .WithParameterDescription("role", "Only accounts of this role: consumer, specialist, businessman or admin.")
            .WithParameterDescription("is_active", "true for active accounts only, false for deactivated ones.")
            .WithParameterDescription("ordering", $"Order by {string.Join(", ", UserOrdering.Fields)}; '-' in front for descending (default: id).");
        users.MapGet("{id:long}/", GetAsync).WithName("GetUser").WithSummary("One user")
            .WithDescription("Administrators; changes nothing. The account with its status and last sign-in.");
        users.MapPatch("{id:long}/", UpdateAsync).WithName("UpdateUser").WithSummary("Change a user's role, status or email")
            .WithDescription(
                "Administrators. Only the fields sent change; the change raises user.updated (other services hide a deactivated "
                + "user's content and every service refuses their tokens). An administrator cannot remove their own admin role "
                + "or deactivate themselves (409); a taken email answers 400. A change is recorded in the audit log (GET /api/auth/audit/?object_type=user&object_id=) "
                + "with its changes as {field: [old, new]}: action \"activate\" or \"deactivate\" when only is_active changed, "
                + "\"update\" for any other change (role, email, with or without is_active). A request that changes nothing records nothing.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        users.MapDelete("{id:long}/", DeleteAsync).WithName("DeleteUser").WithSummary("Delete a user and their sessions")
            .WithDescription(
                "Administrators. Deletes the account and revokes its sessions; raises user.deleted, so other services remove or "
                + "hide what the user owned. An administrator cannot delete themselves (409). Recorded in the audit log with action \"delete\" and the account's last username, email, role and is_active "
                + "as changes to null.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return auth;
    }

    private static async Task<Results<Ok<PagedResponse<AdminUserResponse>>, ValidationProblem>> ListAsync(
        HttpRequest request,
        AuthDbContext db,
        string? search,
        string? role,
        [FromQuery(Name = "is_active")] string? isActive,
        string? ordering,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            errors.MaxLength("search", search, EmailRule.MaxLength);
            var term = User.Normalize(search.Trim());
            users = users.Where(u => u.NormalizedUsername.Contains(term) || u.NormalizedEmail.Contains(term));
        }

        if (!string.IsNullOrEmpty(role))
        {
            if (!Roles.IsKnown(role))
            {
                errors.Add("role", Messages.FormatChooseOneOf(RoleNames.Describe(Roles.All)));
            }

            users = users.Where(u => u.Role == role);
        }

        if (!string.IsNullOrEmpty(isActive))
        {
            if (ParseFlag(isActive) is { } active)
            {
                users = users.Where(u => u.IsActive == active);
            }
            else
            {
                errors.Add("is_active", Messages.UseTrueOrFalse);
            }
        }

        var ordered = UserOrdering.Apply(users, ordering, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var rows = ordered.Select(u => new AdminUserResponse(u.Id, u.Username, u.Email, u.Role, u.IsActive, u.DateJoined, u.LastLogin));
        return TypedResults.Ok(await pageRequest.ReadAsync(request, users, rows, cancellationToken));
    }

    private static async Task<Results<Ok<AdminUserResponse>, ProblemHttpResult>> GetAsync(long id, AuthDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? NoSuchUser(id) : TypedResults.Ok(AdminUserResponse.From(user));
    }

    private static async Task<Results<Ok<AdminUserResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, UpdateUserRequest request, ClaimsPrincipal admin, AuthDbContext db, UserChanges changes, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return NoSuchUser(id);
        }

        var errors = new ValidationErrors();
        if (request.Role is not null && !Roles.IsKnown(request.Role))
        {
            errors.Add("role", Messages.FormatChooseOneOf(RoleNames.Describe(Roles.All)));
        }

        var email = request.Email?.Trim();
        if (request.Email is not null)
        {
            EmailRule.Validate("email", email, errors);
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (id == admin.Id())
        {
            if (request.Role is not null && request.Role != Roles.Admin)
            {
                return Problem.Conflict(Messages.CannotRemoveOwnAdmin);
            }

            if (request.IsActive == false)
            {
                return Problem.Conflict(Messages.CannotDeactivateSelf);
            }
        }

        if (request.Role is not null)
        {
            user.Role = request.Role;
        }

        if (request.IsActive is { } active)
        {
            user.IsActive = active;
        }

        if (email is not null && email != user.Email)
        {
            user.ChangeEmail(email);
        }

        return await changes.UpdateAsync(user, AuditActor.Of(admin), cancellationToken) switch
        {
            UserChangeOutcome.Saved saved => TypedResults.Ok(AdminUserResponse.From(saved.User)),
            UserChangeOutcome.Taken taken => taken.Errors.ToProblem(),
            _ => NoSuchUser(id),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, ClaimsPrincipal admin, AuthDbContext db, UserChanges changes, CancellationToken cancellationToken)
    {
        if (id == admin.Id())
        {
            return Problem.Conflict(Messages.CannotDeleteSelf);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is not null && await changes.DeleteAsync(user, AuditActor.Of(admin), cancellationToken) is UserChangeOutcome.Saved
            ? TypedResults.NoContent()
            : NoSuchUser(id);
    }

    private static bool? ParseFlag(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    private static ProblemHttpResult NoSuchUser(long id) => Problem.NotFound(Messages.FormatNoSuchUser(id));
}
