using System.Security.Claims;
using Agrovet.Data.Pagination;
using Agrovet.EventBus.Audit;
using Agrovet.Media.Data;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Media.Files;

public static class MediaEndpoints
{
    public static RouteGroupBuilder MapMediaFiles(this RouteGroupBuilder media)
    {
        media.MapGet("/", ListAsync)
            .RequireAuthorization()
            .WithName("ListMedia")
            .WithSummary("My files, newest first (administrators: everyone's, ?owner= to filter)")
            .WithDescription("Signed-in users see their own files, administrators everyone's; changes nothing. "
                + "?owner=<user id> (administrators; others only their own id, else 403), ?purpose=, "
                + "?ordering=created_at|-created_at|size|-size (default -created_at), ?page=, ?page_size= (at most 100).")
            .WithParameterDescription("owner", "Only the files of this user id (administrators; others may give only their own).")
            .WithParameterDescription("purpose", "Only files uploaded for this purpose: avatar, ad_photo, post_image, video, document or attachment.")
            .WithParameterDescription("ordering", "created_at, -created_at (default, newest first), size or -size.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        media.MapGet("{id:guid}/", GetAsync)
            .WithName("GetMedia")
            .WithSummary("A file's metadata (public files: anyone; private ones: owner and administrators)")
            .WithDescription("Changes nothing. A private file of someone else answers 404, as if it did not exist.");
        media.MapDelete("{id:guid}/", DeleteAsync)
            .RequireAuthorization()
            .WithName("DeleteMedia")
            .WithSummary("Remove a file and its metadata (owner, administrators)")
            .WithDescription(
                "The owner or an administrator. Removes the bytes, the thumbnail and the metadata, and raises media.deleted, "
                + "so other services stop offering it (as an avatar, as an ad's photo). An administrator's removal is recorded "
                + "in the audit log. Anyone else answers 403.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return media;
    }

    private static async Task<Results<Ok<PagedResponse<MediaResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        MediaDbContext db,
        IOptions<MediaOptions> options,
        string? owner,
        string? purpose,
        string? ordering,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        var filter = MediaListFilter.Parse(owner, purpose, ordering, options.Value, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (!user.IsAdmin())
        {
            if (filter.OwnerId is { } other && other != user.Id())
            {
                return Problem.Forbidden(Messages.OnlyAdminsListOthers);
            }

            filter = filter with { OwnerId = user.Id() };
        }

        var files = filter.Filter(db.Files.AsNoTracking());
        return TypedResults.Ok(await pageRequest.ReadAsync(request, files, filter.Sort(files), f => MediaResponse.From(f, request), cancellationToken));
    }

    private static async Task<Results<Ok<MediaResponse>, ProblemHttpResult>> GetAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, MediaDbContext db, CancellationToken cancellationToken)
    {
        var media = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return media is not null && media.CanBeReadBy(MediaCaller.Of(user)) ? TypedResults.Ok(MediaResponse.From(media, request)) : NoSuchMedia(id);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, MediaDbContext db, MediaDeletions deletions, CancellationToken cancellationToken)
    {
        var media = await db.Files.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        var caller = MediaCaller.Of(user);
        if (media is null || !media.CanBeReadBy(caller))
        {
            return NoSuchMedia(id);
        }

        if (!media.CanBeManagedBy(caller))
        {
            return Problem.Forbidden(Messages.OnlyOwnerDeletes);
        }

        return await deletions.DeleteAsync(media, AuditActor.AdminOf(user), cancellationToken) switch
        {
            MediaDeletionOutcome.Deleted => TypedResults.NoContent(),
            _ => NoSuchMedia(id), // Deleted meanwhile.
        };
    }

    /// <summary>Also the answer for private files of others: their existence is not disclosed.</summary>
    public static ProblemHttpResult NoSuchMedia(Guid id) => Problem.NotFound(Messages.FormatNoSuchFile(id));
}
