using System.Globalization;
using System.Security.Claims;
using Agrovet.Chat.Data;
using Agrovet.Chat.Rooms;
using Agrovet.EventBus.Audit;
using Agrovet.LocalCopies.Media;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Chat.Messages;

public static class MessageEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static RouteGroupBuilder MapMessages(this RouteGroupBuilder chat)
    {
        var messages = chat.MapGroup("rooms/{roomId:long}").WithTags("Messages").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        messages.MapGet("messages/", HistoryAsync)
            .WithName("ListMessages")
            .WithSummary("A room's history, newest first")
            .WithDescription("Cursor pagination: `?before=<message id>` gives the messages older than it, `?limit=` (1–100, default 50). `next` links to the older page; null at the beginning of the room.");
        messages.MapPost("messages/", SendAsync)
            .WithName("SendMessage")
            .WithSummary("Send a message over HTTP (the WebSocket does the same)")
            .WithDescription("Stored, then broadcast to the room's connections. `client_id` (your own id for the message) makes a resend store it once: the first one comes back (200).")
            .Produces<MessageResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        messages.MapPatch("messages/{messageId:long}/", EditAsync)
            .WithName("EditMessage")
            .WithSummary("Edit your own message (broadcast as `edit`)");
        messages.MapDelete("messages/{messageId:long}/", DeleteAsync)
            .WithName("DeleteMessage")
            .WithSummary("Delete your own message, or any as an administrator (broadcast as `delete`; audited for administrators)");
        messages.MapPost("read/", ReadAsync)
            .WithName("MarkRead")
            .WithSummary("Mark the room read up to a message (broadcast as `read`)");
        return chat;
    }

    private static async Task<Results<Ok<HistoryPage>, ValidationProblem, ProblemHttpResult>> HistoryAsync(
        long roomId, long? before, int? limit, ClaimsPrincipal user, HttpRequest http, ChatDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (before is <= 0)
        {
            errors.Add("before", "Give the id of a message (a positive number) to read what came before it.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"Choose a limit from 1 to {MaxLimit}.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (await RoomEndpoints.StandingProblemAsync(db, roomId, user.Id(), cancellationToken) is { } problem)
        {
            return problem;
        }

        var take = limit ?? DefaultLimit;
        var query = db.Messages.AsNoTracking().Where(m => m.RoomId == roomId);
        if (before is { } cursor)
        {
            query = query.Where(m => m.Id < cursor);
        }

        var rows = await query.OrderByDescending(m => m.Id).Take(take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(take).Select(m => MessageResponse.From(m)).ToList();
        string? next = null;
        if (rows.Count > take)
        {
            var builder = new QueryBuilder { { "before", page[^1].Id.ToString(CultureInfo.InvariantCulture) }, { "limit", take.ToString(CultureInfo.InvariantCulture) } };
            next = UriHelper.BuildAbsolute(http.Scheme, http.Host, http.PathBase, http.Path, builder.ToQueryString());
        }

        return TypedResults.Ok(new HistoryPage(next, page));
    }

    private static async Task<Results<Created<MessageResponse>, Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> SendAsync(
        long roomId, SendMessageRequest request, ClaimsPrincipal user, HttpRequest http, ChatDbContext db, MediaLookup media, MessageWriter writer,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var mediaIds = MessageRules.MediaIds(request.MediaIds, errors);
        var body = MessageRules.Body(request.Body, mediaIds.Count > 0, errors);
        var clientId = MessageRules.ClientId(request.ClientId, errors);
        if (await RoomEndpoints.StandingProblemAsync(db, roomId, user.Id(), cancellationToken) is { } problem)
        {
            return problem;
        }

        if (!await MessageImages.CheckAsync(media, user.Id(), mediaIds, http.Headers.Authorization.ToString(), errors, cancellationToken))
        {
            return MediaLookupProblems.Unavailable(http.HttpContext.Response, "The images");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var pending = new PendingMessage(roomId, user.Id(), user.Username(), body, mediaIds, clientId);
        await writer.EnqueueAsync(pending, cancellationToken);
        return await pending.Stored switch
        {
            SendOutcome.Stored { Repeated: true } repeated => TypedResults.Ok(repeated.Message),
            SendOutcome.Stored stored => TypedResults.Created($"/api/chat/rooms/{roomId}/messages/{stored.Message.Id}/", stored.Message),
            SendOutcome.NotMember => Problem.Forbidden($"You are not a member of room {roomId}."),
            _ => Unavailable(http.HttpContext.Response),
        };
    }

    private static async Task<Results<Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> EditAsync(
        long roomId, long messageId, EditMessageRequest request, ClaimsPrincipal user, ChatDbContext db, MessageChanges changes, CancellationToken cancellationToken)
    {
        if (await RoomEndpoints.StandingProblemAsync(db, roomId, user.Id(), cancellationToken) is { } problem)
        {
            return problem;
        }

        return Answer(await changes.EditAsync(roomId, messageId, user.Id(), request.Body, cancellationToken), roomId);
    }

    private static async Task<Results<Ok<MessageResponse>, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        long roomId, long messageId, ClaimsPrincipal user, ChatDbContext db, MessageChanges changes, CancellationToken cancellationToken)
    {
        var admin = AuditActor.AdminOf(user);
        if (admin is null && await RoomEndpoints.StandingProblemAsync(db, roomId, user.Id(), cancellationToken) is { } problem)
        {
            return problem;
        }

        return Answer(await changes.DeleteAsync(roomId, messageId, user.Id(), admin, cancellationToken), roomId);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReadAsync(
        long roomId, ReadRequest request, ClaimsPrincipal user, ChatDbContext db, MessageChanges changes, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (errors.Required("message_id", request.MessageId) && request.MessageId <= 0)
        {
            errors.Add("message_id", "Give the id of a message (a positive number).");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (await RoomEndpoints.StandingProblemAsync(db, roomId, user.Id(), cancellationToken) is { } problem)
        {
            return problem;
        }

        await changes.MarkReadAsync(roomId, new UserRef(user.Id(), user.Username()), request.MessageId!.Value, cancellationToken);
        return TypedResults.NoContent();
    }

    private static Results<Ok<MessageResponse>, ValidationProblem, ProblemHttpResult> Answer(MessageChangeOutcome outcome, long roomId) => outcome switch
    {
        MessageChangeOutcome.Done { Message: { } message } => TypedResults.Ok(message),
        MessageChangeOutcome.Refused { Code: "invalid" } invalid => Problem.Invalid(invalid.Field ?? "body", invalid.Detail),
        MessageChangeOutcome.Refused { Code: "forbidden" } forbidden => Problem.Forbidden(forbidden.Detail),
        MessageChangeOutcome.Refused refused => Problem.NotFound(refused.Detail),
        _ => Problem.Forbidden($"You are not a member of room {roomId}."),
    };

    private static ProblemHttpResult Unavailable(HttpResponse response)
    {
        response.Headers.RetryAfter = "2";
        return Problem.Unavailable("The message could not be stored right now. Send it again (with the same client_id) in a moment.");
    }
}
