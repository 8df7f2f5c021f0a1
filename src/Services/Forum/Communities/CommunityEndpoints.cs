using System.Globalization;
using System.Security.Claims;
using Agrovet.Contracts.Audit;
using Agrovet.Data.Pagination;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Forum.Communities;

public static class CommunityEndpoints
{
    public const int MaxQueryLength = 100;

    public const string SlugDescription = "The community's address, as its slug field gives it (e.g. vacas-lecheras).";

    public static RouteGroupBuilder MapCommunities(this RouteGroupBuilder forum)
    {
        var communities = forum.MapGroup("communities").WithTags("Communities");
        communities.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithName("ListCommunities")
            .WithSummary("Communities, most members first")
            .WithDescription("Anyone; a signed-in caller also sees, on each, whether they joined it and moderate it. Changes nothing. "
                + "?joined=true without signing in answers 400.")
            .WithParameterDescription("q", $"Part of the community's name or address, any case (at most {MaxQueryLength} characters); absent: every community.")
            .WithParameterDescription("joined", "true: only the communities the caller joined (signed in); absent or false: every community.")
            .ProducesValidationProblem();
        communities.MapPost("/", CreateAsync)
            .RequireAuthorization()
            .WithName("CreateCommunity")
            .WithSummary("Create a community (any signed-in user); its creator is its first moderator and member")
            .WithDescription("Signed-in users. Body {name, description?, rules?}. The address (slug) is derived from the name (letters "
                + "and digits, accents folded); 409 when another community has it already. The creator becomes its first member and moderator.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);
        communities.MapGet("{slug}/", GetAsync)
            .AllowAnonymous()
            .WithName("GetCommunity")
            .WithSummary("One community with its moderators")
            .WithDescription("Anyone; a signed-in caller also sees whether they joined it and moderate it. Changes nothing. An unknown address answers 404.")
            .WithParameterDescription("slug", SlugDescription)
            .ProducesProblem(StatusCodes.Status404NotFound);
        communities.MapPatch("{slug}/", UpdateAsync)
            .RequireAuthorization()
            .WithName("UpdateCommunity")
            .WithSummary("Edit a community's description and rules (its moderators and admins; audited)")
            .WithDescription("The community's moderators and administrators (others get 403). Body {description?, rules?}: only the fields "
                + "sent change, and the change is recorded in the audit log. An unknown address answers 404.")
            .WithParameterDescription("slug", SlugDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return forum;
    }

    private static async Task<Results<Ok<PagedResponse<CommunityResponse>>, ValidationProblem>> ListAsync(
        HttpRequest http, ClaimsPrincipal user, ForumDbContext db, string? q, bool? joined, int? page, [FromQuery(Name = "page_size")] int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        errors.MaxLength("q", q, MaxQueryLength);
        var callerId = ForumAccess.CallerId(user);
        if (joined == true && callerId is null)
        {
            errors.Add("joined", Messages.JoinedNeedsSignIn);
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var matches = db.Communities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            matches = matches.Where(c => EF.Functions.ILike(c.Name, pattern) || EF.Functions.ILike(c.Slug, pattern));
        }

        if (joined == true)
        {
            matches = matches.Where(c => db.Members.Any(m => m.CommunityId == c.Id && m.UserId == callerId));
        }

        var ordered = CommunityQueries.Responses(db, matches.OrderByDescending(c => c.MemberCount).ThenBy(c => c.Id), callerId, user.IsAdmin());
        return TypedResults.Ok(await pageRequest.ReadAsync(http, matches, ordered, cancellationToken));
    }

    private static async Task<Results<Created<CommunityResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateCommunityRequest request, ClaimsPrincipal user, ForumDbContext db, UserCopies users, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = CommunityRules.Name(request.Name, errors);
        var description = CommunityRules.Description(request.Description, errors);
        var rules = CommunityRules.Rules(request.Rules, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var caller = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        var slug = CommunityRules.Slug(name!);
        var now = time.GetUtcNow().UtcDateTime;
        var community = new Community
        {
            Slug = slug,
            Name = name!,
            Description = description,
            Rules = rules,
            CreatorId = caller.Id,
            CreatedAt = now,
            MemberCount = 1,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Communities.Add(community);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problem.Conflict(Messages.FormatCommunityAddressTaken(slug));
        }

        db.Members.Add(new CommunityMember { CommunityId = community.Id, UserId = caller.Id, JoinedAt = now });
        db.Moderators.Add(new CommunityModerator { CommunityId = community.Id, UserId = caller.Id, AddedAt = now, AddedBy = caller.Id });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var response = new CommunityResponse(
            community.Id, community.Slug, community.Name, community.Description, community.Rules, new AuthorRef(caller.Id, caller.Username),
            community.CreatedAt, community.MemberCount, 0, true, true, [new AuthorRef(caller.Id, caller.Username)]);
        return TypedResults.Created($"{ForumServiceExtensions.RoutePrefix}/communities/{community.Slug}/", response);
    }

    private static async Task<Results<Ok<CommunityResponse>, ProblemHttpResult>> GetAsync(
        string slug, ClaimsPrincipal user, ForumDbContext db, CancellationToken cancellationToken)
    {
        var response = await CommunityQueries.Responses(db, db.Communities.AsNoTracking().Where(c => c.Slug == slug), ForumAccess.CallerId(user), user.IsAdmin())
            .FirstOrDefaultAsync(cancellationToken);
        if (response is null)
        {
            return NoSuchCommunity(slug);
        }

        return TypedResults.Ok(response with { Moderators = await CommunityQueries.ModeratorsAsync(db, response.Id, cancellationToken) });
    }

    private static async Task<Results<Ok<CommunityResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string slug, UpdateCommunityRequest request, ClaimsPrincipal user, ForumDbContext db, CancellationToken cancellationToken)
    {
        var community = await db.Communities.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (community is null)
        {
            return NoSuchCommunity(slug);
        }

        if (!await ForumAccess.IsModeratorAsync(db, user, community.Id, cancellationToken))
        {
            return Problem.Forbidden(Messages.CommunityEditForModerators);
        }

        var errors = new ValidationErrors();
        var description = request.Description is null ? null : CommunityRules.Description(request.Description, errors);
        var rules = request.Rules is null ? null : CommunityRules.Rules(request.Rules, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var changes = new AuditChanges()
            .Add("description", community.Description, description ?? community.Description)
            .Add("rules", community.Rules, rules ?? community.Rules);
        community.Description = description ?? community.Description;
        community.Rules = rules ?? community.Rules;
        if (!changes.IsEmpty)
        {
            db.Outbox().RecordAdminAction(AuditActor.Of(user), "update", Audited(community), changes);
            await db.SaveChangesAsync(cancellationToken);
        }

        var response = await CommunityQueries.Responses(db, db.Communities.AsNoTracking().Where(c => c.Id == community.Id), user.Id(), user.IsAdmin())
            .FirstAsync(cancellationToken);
        return TypedResults.Ok(response with { Moderators = await CommunityQueries.ModeratorsAsync(db, community.Id, cancellationToken) });
    }

    public static ProblemHttpResult NoSuchCommunity(string slug) => Problem.NotFound(Messages.FormatNoSuchCommunity(slug));

    public static AuditObject Audited(Community community) =>
        new(AuditObjectTypes.ForumCommunity, community.Id.ToString(CultureInfo.InvariantCulture), community.Slug);
}
