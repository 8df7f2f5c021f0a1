using System.Security.Claims;
using Agrovet.Data.Pagination;
using Agrovet.EventBus.Audit;
using Agrovet.LocalCopies.Media;
using Agrovet.LocalCopies.Users;
using Agrovet.Profiles.Avatars;
using Agrovet.Profiles.Data;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Profiles;

/// <summary>
/// The endpoints of one kind of profile (<c>/api/profiles/{kind}/</c>): list and detail for anyone, create for users
/// of the kind's role, edit and delete for the owner and administrators.
/// </summary>
public static class ProfileKindEndpoints<TResponse>
    where TResponse : IProfileResponse<TResponse>
{
    private static ProfileKind Kind => TResponse.ProfileKind;

    public static void Map(RouteGroupBuilder profiles)
    {
        var name = char.ToUpperInvariant(Kind.Path[0]) + Kind.Path[1..];
        var group = profiles.MapGroup(Kind.Path).WithTags(name);
        group.MapGet("/", ListAsync).WithName($"List{name}").WithSummary($"Profiles of {Kind.Plural}: filters, search, ordering, pages")
            .WithDescription($"Anyone; changes nothing. The profiles of active {Kind.Plural}, paginated with an exact count.")
            .WithParameterDescription("specialty", "Only this specialty, exactly (any case).")
            .WithParameterDescription("region", "Only profiles in this region: a division code from GET /api/regions/ (CO-COR), or a country code (CO) for all of its divisions.")
            .WithParameterDescription("regions_served", "Only specialists who serve this region: a division code from GET /api/regions/ (CO-COR).")
            .WithParameterDescription("q", "Words found in the display name, bio or company, any case.")
            .WithParameterDescription("user", "Only the profile of the user with this id (an account has at most one of each kind): how an ad finds its seller's profile.")
            .WithParameterDescription("ordering", $"Order by {string.Join(", ", ProfileQueries.OrderingFields)}, comma-separated; '-' in front for descending (default -created_at).");
        group.MapPost("/", CreateAsync).RequireAuthorization().WithName($"Create{name}").WithSummary($"Create my profile ({Kind.Role} accounts)")
            .WithDescription(
                $"Signed-in {Kind.Role} accounts (others, and deactivated accounts, get 403); one profile per account (a second "
                + "answers 409). An avatar must be an image the caller uploaded for the avatar purpose. Raises profile.created. "
                + "503 when the media service must be asked about the avatar and does not answer.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("me/", MineAsync).RequireAuthorization().WithName($"My{name}").WithSummary("My own profile of this kind")
            .WithDescription("Signed-in users; changes nothing. 404 when the caller has no profile of this kind yet.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("{id:long}/", GetAsync).WithName($"Get{name}").WithSummary("One profile")
            .WithDescription("Anyone; changes nothing. A deactivated user's profile is shown only to administrators (404 to others).");
        group.MapPatch("{id:long}/", UpdateAsync).RequireAuthorization().WithName($"Update{name}").WithSummary("Edit a profile (owner, administrators); null clears a field")
            .WithDescription(
                "The owner or an administrator (others get 403). Only the fields sent change. Raises profile.updated; an "
                + "administrator's change is recorded in the audit log. 503 when the media service must be asked about a new "
                + "avatar and does not answer.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapDelete("{id:long}/", DeleteAsync).RequireAuthorization().WithName($"Delete{name}").WithSummary("Delete a profile (owner, administrators)")
            .WithDescription(
                "The owner or an administrator (others get 403). Raises profile.updated marking it deleted; an administrator's "
                + "deletion is recorded in the audit log.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<PagedResponse<TResponse>>, ValidationProblem>> ListAsync(
        HttpRequest request,
        ProfilesDbContext db,
        string? specialty,
        string? region,
        [FromQuery(Name = "regions_served")] string? regionsServed,
        string? q,
        long? user,
        string? ordering,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        var profiles = db.Profiles.AsNoTracking().Include(p => p.User)
            .Where(p => p.Kind == Kind.Name && p.User.IsActive && !p.User.IsDeleted);
        profiles = ProfileQueries.Filter(profiles, specialty, region, regionsServed, q, user, errors);

        var ordered = ProfileQueries.Order(profiles, ordering, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await pageRequest.ReadAsync(request, profiles, ordered, TResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<TResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, ProfilesDbContext db, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().Include(p => p.User).FirstOrDefaultAsync(p => p.Id == id && p.Kind == Kind.Name, cancellationToken);
        return IsVisibleTo(profile, user) ? TypedResults.Ok(TResponse.From(profile!)) : NoSuchProfile(id);
    }

    private static async Task<Results<Ok<TResponse>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, ProfilesDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        var profile = await db.Profiles.AsNoTracking().Include(p => p.User).FirstOrDefaultAsync(p => p.UserId == userId && p.Kind == Kind.Name, cancellationToken);
        return profile is null
            ? Problem.NotFound(Messages.FormatNoOwnProfile(Kind.PluralForPeople, Kind.Path))
            : TypedResults.Ok(TResponse.From(profile));
    }

    private static async Task<Results<Created<TResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProfileInput input,
        ClaimsPrincipal user,
        HttpRequest request,
        ProfilesDbContext db,
        UserCopies users,
        MediaLookup media,
        ProfileChanges changes,
        CancellationToken cancellationToken)
    {
        if (user.Role() != Kind.Role)
        {
            return Problem.Forbidden(Messages.FormatOnlyRoleCreates(Kind.RoleForPeople, Kind.PluralForPeople));
        }

        var userId = user.Id();
        if (await db.Profiles.AnyAsync(p => p.UserId == userId && p.Kind == Kind.Name, cancellationToken))
        {
            return AlreadyHasOne();
        }

        var errors = new ValidationErrors();
        ProfileRules.Validate(Kind, input, creating: true, errors);
        if (await CheckAvatarAsync(input, null, userId, request, media, errors, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var owner = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        if (!owner.IsVisible)
        {
            return Problem.Forbidden(Messages.AccountInactive);
        }

        var now = changes.Now();
        var profile = new Profile { Kind = Kind.Name, UserId = owner.Id, User = owner, CreatedAt = now, UpdatedAt = now };
        ProfileRules.Apply(input, profile);
        profile.Avatar = input.Avatar.Value;
        return await changes.CreateAsync(profile, cancellationToken) switch
        {
            ProfileChangeOutcome.Saved saved => TypedResults.Created($"/api/profiles/{Kind.Path}/{saved.Profile.Id}/", TResponse.From(saved.Profile)),
            _ => AlreadyHasOne(),
        };
    }

    private static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id,
        ProfileInput input,
        ClaimsPrincipal user,
        HttpRequest request,
        ProfilesDbContext db,
        MediaLookup media,
        ProfileChanges changes,
        CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.Include(p => p.User).FirstOrDefaultAsync(p => p.Id == id && p.Kind == Kind.Name, cancellationToken);
        if (!IsVisibleTo(profile, user))
        {
            return NoSuchProfile(id);
        }

        if (!CanManage(profile!, user))
        {
            return Problem.Forbidden(Messages.OnlyOwnerEdits);
        }

        var errors = new ValidationErrors();
        ProfileRules.Validate(Kind, input, creating: false, errors);
        if (await CheckAvatarAsync(input, profile!.Avatar, profile.UserId, request, media, errors, cancellationToken) is { } unavailable)
        {
            return unavailable;
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        ProfileRules.Apply(input, profile);
        profile.Avatar = input.Avatar.Or(profile.Avatar);
        return await changes.UpdateAsync(profile, AuditActor.AdminOf(user), cancellationToken) switch
        {
            ProfileChangeOutcome.Saved saved => TypedResults.Ok(TResponse.From(saved.Profile)),
            _ => NoSuchProfile(id),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, ClaimsPrincipal user, ProfilesDbContext db, ProfileChanges changes, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.Include(p => p.User).FirstOrDefaultAsync(p => p.Id == id && p.Kind == Kind.Name, cancellationToken);
        if (!IsVisibleTo(profile, user))
        {
            return NoSuchProfile(id);
        }

        if (!CanManage(profile!, user))
        {
            return Problem.Forbidden(Messages.OnlyOwnerDeletes);
        }

        return await changes.DeleteAsync(profile!, AuditActor.AdminOf(user), cancellationToken) switch
        {
            ProfileChangeOutcome.Saved => TypedResults.NoContent(),
            _ => NoSuchProfile(id),
        };
    }

    /// <summary>Checks a newly set avatar; answers 503 when the media service had to be asked and did not answer.</summary>
    private static async Task<ProblemHttpResult?> CheckAvatarAsync(
        ProfileInput input, Guid? current, long ownerId, HttpRequest request, MediaLookup media, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (input.Avatar.Value is not { } avatar || avatar == current)
        {
            return null;
        }

        switch (await media.FindAsync([avatar], request.Headers.Authorization.ToString(), cancellationToken))
        {
            case MediaLookupOutcome.Found found:
                AvatarCheck.Check(avatar, ownerId, found, errors);
                return null;
            default:
                return MediaLookupProblems.Unavailable(request.HttpContext.Response, Messages.AvatarSubject);
        }
    }

    // A deactivated user's profiles are hidden from everyone but administrators.
    private static bool IsVisibleTo(Profile? profile, ClaimsPrincipal user) =>
        profile is not null && (profile.User.IsVisible || user.IsAdmin());

    private static bool CanManage(Profile profile, ClaimsPrincipal user) => user.IsAdmin() || profile.UserId == user.Id();

    private static ProblemHttpResult AlreadyHasOne() =>
        Problem.Conflict(Messages.FormatProfileExists(Kind.PluralForPeople));

    private static ProblemHttpResult NoSuchProfile(long id) => Problem.NotFound(Messages.FormatNoSuchProfile(Kind.PluralForPeople, id));
}
