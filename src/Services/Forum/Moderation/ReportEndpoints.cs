using System.Globalization;
using System.Security.Claims;
using Agrovet.Contracts.Audit;
using Agrovet.Data.Pagination;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Comments;
using Agrovet.Forum.Common;
using Agrovet.Forum.Communities;
using Agrovet.Forum.Data;
using Agrovet.Forum.Posts;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Forum.Moderation;

public static class ReportEndpoints
{
    public const string Dismiss = "dismiss";
    public const string Removed = "removed";
    public const string Dismissed = "dismissed";

    public static RouteGroupBuilder MapReports(this RouteGroupBuilder forum)
    {
        var reports = forum.MapGroup(string.Empty).WithTags("Moderation");
        reports.MapPost("posts/{id:long}/report/", ReportPostAsync)
            .RequireAuthorization()
            .WithName("ReportPost")
            .WithSummary("Report a post to its community's moderators, with a reason (once while the report is open)")
            .WithDescription("Signed-in users. Body {reason}. Puts the post in its community's moderation queue; reporting it again "
                + "while that report is open answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        reports.MapPost("comments/{id:long}/report/", ReportCommentAsync)
            .RequireAuthorization()
            .WithName("ReportComment")
            .WithSummary("Report a comment to its community's moderators, with a reason (once while the report is open)")
            .WithDescription("Signed-in users. Body {reason}. Puts the comment in its community's moderation queue; reporting it "
                + "again while that report is open answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        reports.MapGet("communities/{slug}/reports/", QueueAsync)
            .RequireAuthorization()
            .WithName("ListReports")
            .WithSummary("A community's moderation queue: open reports, oldest first (its moderators and admins)")
            .WithDescription("The community's moderators and administrators (others get 403). Changes nothing. An unknown address answers 404.")
            .WithParameterDescription("slug", CommunityEndpoints.SlugDescription)
            .WithParameterDescription("resolved", "true: the resolved reports, newest first; absent or false: the open ones, oldest first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapPost("reports/{id:long}/resolve/", ResolveAsync)
            .RequireAuthorization()
            .WithName("ResolveReport")
            .WithSummary("Resolve a report: {action: remove | dismiss} (the community's moderators and admins; audited)")
            .WithDescription("The community's moderators and administrators (others get 403). Body {action}: remove removes the "
                + "reported post or comment, dismiss keeps it; both close every open report about it and are recorded in the audit "
                + "log. A report resolved already answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return forum;
    }

    private static async Task<Results<Created<ReportResponse>, ValidationProblem, ProblemHttpResult>> ReportPostAsync(
        long id, ReportRequest request, ClaimsPrincipal user, ForumDbContext db, UserCopies users, TimeProvider time, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == id && !p.IsDeleted)
            .Select(p => new { p.Id, p.CommunityId, p.Title }).FirstOrDefaultAsync(cancellationToken);
        return post is null
            ? PostEndpoints.NoSuchPost(id)
            : await FileAsync(post.CommunityId, post.Id, null, post.Title, request, user, db, users, time, cancellationToken);
    }

    private static async Task<Results<Created<ReportResponse>, ValidationProblem, ProblemHttpResult>> ReportCommentAsync(
        long id, ReportRequest request, ClaimsPrincipal user, ForumDbContext db, UserCopies users, TimeProvider time, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking().Where(c => c.Id == id && !c.IsDeleted)
            .Select(c => new { c.Id, c.PostId, c.CommunityId, c.Body }).FirstOrDefaultAsync(cancellationToken);
        return comment is null
            ? CommentEndpoints.NoSuchComment(id)
            : await FileAsync(comment.CommunityId, comment.PostId, comment.Id, comment.Body, request, user, db, users, time, cancellationToken);
    }

    private static async Task<Results<Created<ReportResponse>, ValidationProblem, ProblemHttpResult>> FileAsync(
        long communityId, long postId, long? commentId, string excerpt, ReportRequest request, ClaimsPrincipal user, ForumDbContext db,
        UserCopies users, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var reason = ReportRules.Reason(request.Reason, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var reporter = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        var report = new Report
        {
            CommunityId = communityId,
            PostId = postId,
            CommentId = commentId,
            ReporterId = reporter.Id,
            Reason = reason!,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problem.Conflict(Messages.ReportedAlready);
        }

        return TypedResults.Created(
            $"{ForumServiceExtensions.RoutePrefix}/reports/{report.Id}/",
            new ReportResponse(report.Id, postId, commentId, Excerpt(excerpt), report.Reason, new AuthorRef(reporter.Id, reporter.Username), report.CreatedAt, null, null));
    }

    private static async Task<Results<Ok<PagedResponse<ReportResponse>>, ValidationProblem, ProblemHttpResult>> QueueAsync(
        string slug, HttpRequest http, ClaimsPrincipal user, ForumDbContext db, bool? resolved, int? page, [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var pageRequest = PageRequest.Parse(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var communityId = await MembershipEndpoints.IdOfAsync(db, slug, cancellationToken);
        if (communityId is null)
        {
            return CommunityEndpoints.NoSuchCommunity(slug);
        }

        if (!await ForumAccess.IsModeratorAsync(db, user, communityId.Value, cancellationToken))
        {
            return Problem.Forbidden(Messages.ReportsForModerators);
        }

        var matches = db.Reports.AsNoTracking().Where(r => r.CommunityId == communityId && (r.ResolvedAt != null) == (resolved == true));
        var ordered = resolved == true
            ? matches.OrderByDescending(r => r.ResolvedAt).ThenByDescending(r => r.Id)
            : matches.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id);
        var rows = ordered.Select(r => new
        {
            Report = r,
            Title = db.Posts.Where(p => p.Id == r.PostId).Select(p => p.Title).FirstOrDefault(),
            Comment = db.Comments.Where(c => c.Id == r.CommentId).Select(c => c.Body).FirstOrDefault(),
            Reporter = db.Users.Where(u => u.Id == r.ReporterId).Select(u => u.Username).FirstOrDefault(),
        });
        return TypedResults.Ok(await pageRequest.ReadAsync(http, matches, rows, row => new ReportResponse(
            row.Report.Id,
            row.Report.PostId,
            row.Report.CommentId,
            Excerpt(row.Comment ?? row.Title ?? string.Empty),
            row.Report.Reason,
            new AuthorRef(row.Report.ReporterId, row.Reporter ?? AuthorRef.DeletedName),
            row.Report.CreatedAt,
            row.Report.ResolvedAt,
            row.Report.Resolution), cancellationToken));
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        long id, ResolveReportRequest request, ClaimsPrincipal user, ForumDbContext db, PostChanges posts, CommentChanges comments, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return Problem.NotFound(Messages.FormatNoSuchReport(id));
        }

        if (!await ForumAccess.IsModeratorAsync(db, user, report.CommunityId, cancellationToken))
        {
            return Problem.Forbidden(Messages.ResolveForModerators);
        }

        if (request.Action is not (ModerationAction.Remove or Dismiss))
        {
            return Problem.Invalid("action", Messages.ResolveActionChoices);
        }

        if (report.ResolvedAt is not null)
        {
            return Problem.Conflict(Messages.FormatReportResolvedAlready(report.Resolution));
        }

        var actor = AuditActor.Of(user);
        var excerpt = string.Empty;
        if (request.Action == ModerationAction.Remove)
        {
            if (report.CommentId is { } commentId)
            {
                var comment = await db.Comments.FirstAsync(c => c.Id == commentId, cancellationToken);
                excerpt = comment.Body;
                await comments.ModerateAsync(comment, ModerationAction.Remove, actor, cancellationToken);
            }
            else
            {
                var post = await db.Posts.FirstAsync(p => p.Id == report.PostId, cancellationToken);
                excerpt = post.Title;
                await posts.ModerateAsync(post, ModerationAction.Remove, actor, cancellationToken);
            }
        }

        var resolution = request.Action == ModerationAction.Remove ? Removed : Dismissed;
        var now = time.GetUtcNow().UtcDateTime;
        await db.Reports
            .Where(r => r.PostId == report.PostId && r.CommentId == report.CommentId && r.ResolvedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ResolvedAt, now).SetProperty(x => x.ResolvedBy, actor.Id).SetProperty(x => x.Resolution, resolution), cancellationToken);
        db.Outbox().RecordAdminAction(
            actor, $"resolve_report_{resolution}", new AuditObject(AuditObjectTypes.ForumReport, report.Id.ToString(CultureInfo.InvariantCulture), Excerpt(report.Reason)),
            new AuditChanges().Add("resolution", (string?)null, resolution));
        await db.SaveChangesAsync(cancellationToken);
        await db.Entry(report).ReloadAsync(cancellationToken);
        var reporter = await db.Users.Where(u => u.Id == report.ReporterId).Select(u => u.Username).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new ReportResponse(
            report.Id, report.PostId, report.CommentId, Excerpt(excerpt), report.Reason, new AuthorRef(report.ReporterId, reporter ?? AuthorRef.DeletedName),
            report.CreatedAt, report.ResolvedAt, report.Resolution));
    }

    private static string Excerpt(string text) => text.Length > 140 ? text[..140] : text;
}
