using System.Globalization;
using Agrovet.Auth.Data;
using Agrovet.Data.Pagination;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Audit;

public static class AuditEndpoints
{
    private const int MaxNameLength = 64;
    private const int MaxObjectIdLength = 256;

    public static RouteGroupBuilder MapAuditLog(this RouteGroupBuilder auth)
    {
        var audit = auth.MapGroup("audit").RequireAuthorization(Policies.Admin).WithTags("Admin");
        audit.MapGet("/", ListAsync)
            .WithName("ListAuditEntries")
            .WithSummary("The append-only log of administrators' changes, across all services")
            .WithDescription(
                "Administrators; changes nothing. Every change an administrator makes in any service (users here; ads, orders, files and profiles elsewhere) "
                + "arrives as an audit.recorded event and is kept here for good: the table refuses updates and deletes. "
                + "Filters: ?object_type= (user, ad, order, media, profile), ?object_id=, ?actor= (the administrator's user id), "
                + "?action= (e.g. update, activate, deactivate, delete). ?ordering=-created_at (default, newest first) or "
                + "created_at. Paginated with ?page= and ?page_size= (at most 100); count is exact. Each entry: "
                + "{id, actor: {id, username}, actor_username, action, object_type, object_id, object_repr, "
                + "changes: {field: [old, new]}, created_at}. Entries appear shortly after the change, once its event is consumed.")
            .WithParameterDescription("object_type", "Only changes to objects of this type: user, ad, order, media or profile.")
            .WithParameterDescription("object_id", "Only changes to the object with this id (with object_type).")
            .WithParameterDescription("actor", "Only changes made by the administrator with this user id.")
            .WithParameterDescription("action", "Only changes of this action: update, activate, deactivate, delete, ...")
            .WithParameterDescription("ordering", "-created_at (default, newest first) or created_at.");
        return auth;
    }

    private static async Task<Results<Ok<PagedResponse<AuditEntryResponse>>, ValidationProblem>> ListAsync(
        HttpRequest request,
        AuthDbContext db,
        [FromQuery(Name = "object_type")] string? objectType,
        [FromQuery(Name = "object_id")] string? objectId,
        string? actor,
        string? action,
        string? ordering,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(objectType))
        {
            errors.MaxLength("object_type", objectType, MaxNameLength);
            var type = objectType.Trim();
            entries = entries.Where(e => e.ObjectType == type);
        }

        if (!string.IsNullOrWhiteSpace(objectId))
        {
            errors.MaxLength("object_id", objectId, MaxObjectIdLength);
            var id = objectId.Trim();
            entries = entries.Where(e => e.ObjectId == id);
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            if (long.TryParse(actor.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var actorId))
            {
                entries = entries.Where(e => e.ActorId == actorId);
            }
            else
            {
                errors.Add("actor", Messages.ActorMustBeId);
            }
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            errors.MaxLength("action", action, MaxNameLength);
            var name = action.Trim();
            entries = entries.Where(e => e.Action == name);
        }

        var ordered = AuditOrdering.Apply(entries, ordering, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await pageRequest.ReadAsync(request, entries, ordered, AuditEntryResponse.From, cancellationToken));
    }
}
