using Agrovet.Data.Pagination;
using Agrovet.Profiles.Data;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Profiles;

/// <summary>The administrators' list of profiles (<c>GET /api/profiles/</c>): every kind at once unless <c>?kind=</c> narrows it.</summary>
public static class AdminProfileEndpoints
{
    public static void Map(RouteGroupBuilder profiles)
    {
        profiles.MapGet("/", ListAsync).RequireAuthorization(Policies.Admin).WithTags("Admin")
            .WithName("ListAllProfiles").WithSummary("Profiles of every kind, for administrators: filters, search, ordering, pages")
            .WithDescription(
                "Administrators; changes nothing. Specialists, businessmen and consumers in one list, paginated with an exact "
                + "count, those of deactivated accounts included (user_is_active says which); each row has its kind's own "
                + "fields (null for the other kinds) and its path, to edit or delete it at /api/profiles/{path}/{id}/.")
            .WithParameterDescription("kind", $"Only profiles of this kind: {string.Join(", ", ProfileKinds.All.Select(k => k.Path))} (or {string.Join(", ", ProfileKinds.All.Select(k => k.Name))}).")
            .WithParameterDescription("specialty", "Only this specialty, exactly (any case).")
            .WithParameterDescription("region", "Only profiles in this region, exactly (any case).")
            .WithParameterDescription("regions_served", "Only specialists who serve this region, exactly (any case).")
            .WithParameterDescription("q", "Words found in the display name, bio or company, any case.")
            .WithParameterDescription("user", "Only the profiles of the user with this id.")
            .WithParameterDescription("ordering", $"Order by {string.Join(", ", ProfileQueries.OrderingFields)}, comma-separated; '-' in front for descending (default -created_at).");
    }

    private static async Task<Results<Ok<PagedResponse<AdminProfileResponse>>, ValidationProblem>> ListAsync(
        HttpRequest request,
        ProfilesDbContext db,
        string? kind,
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
        var profiles = db.Profiles.AsNoTracking().Include(p => p.User).Where(p => !p.User.IsDeleted);
        if (!string.IsNullOrWhiteSpace(kind))
        {
            var trimmed = kind.Trim();
            if (ProfileKinds.All.FirstOrDefault(k => k.Path == trimmed || k.Name == trimmed) is { } chosen)
            {
                profiles = profiles.Where(p => p.Kind == chosen.Name);
            }
            else
            {
                errors.Add("kind", Messages.KindUnknown);
            }
        }

        profiles = ProfileQueries.Filter(profiles, specialty, region, regionsServed, q, user, errors);

        var ordered = ProfileQueries.Order(profiles, ordering, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await pageRequest.ReadAsync(request, profiles, ordered, AdminProfileResponse.From, cancellationToken));
    }
}
