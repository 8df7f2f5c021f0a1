using System.Globalization;
using System.Security.Claims;
using Agrovet.Chat.Data;
using Agrovet.Chat.Rooms;
using Agrovet.EventBus.Audit;
using Agrovet.LocalCopies.Media;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
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
            .ProducesValidationProblem()
            .WithParameterDescription("roomId", "The id of the room, as the room list gives it.");
        messages.MapGet("messages/", HistoryAsync)
            .WithName("ListMessages")
            .WithSummary("A room's history, newest first")
            .WithDescription("The room's members (others get 403). Changes nothing. Cursor pagination: `next` links to the older page; "
                + "null at the beginning of the room.")
            .WithParameterDescription("before", "Only messages older than the message with this id; absent: the newest.")
            .WithParameterDescription("limit", $"Messages per page, from 1 to {MaxLimit} (default {DefaultLimit}).");
        messages.MapPost("messages/", SendAsync)
            .WithName("SendMessage")
            .WithSummary("Send a message over HTTP (the WebSocket does the same)")
            .WithDescription("The room's members (others get 403). Body {body?, media_ids?, client_id?}: stored, then broadcast to the "
                + "room's connections; raises chat.message.sent. `client_id` (your own id for the message) makes a resend store it "
                + "once: the first one comes back (200). 503 when the message cannot be stored right now, or the media service must "
                + "be asked about an image and does not answer.")
            .Produces<MessageResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        messages.MapPatch("messages/{messageId:long}/", EditAsync)
            .WithName("EditMessage")
            .WithSummary("Edit your own message (broadcast as `edit`)")
            .WithDescription("The message's author (others get 403). Body {body}; edited_at is set and the room's connections get an "
                + "`edit` frame. A message the room does not have answers 404.")
            .WithParameterDescription("messageId", "The id of the message.");
        messages.MapDelete("messages/{messageId:long}/", DeleteAsync)
            .WithName("DeleteMessage")
            .WithSummary("Delete your own message, or any as an administrator (broadcast as `delete`; audited for administrators)")
            .WithDescription("The message's author, or an administrator (others get 403); an administrator's deletion is recorded in the "
                + "audit log. The room's connections get a `delete` frame. A message the room does not have answers 404.")
            .WithParameterDescription("messageId", "The id of the message.");
        messages.MapPost("read/", ReadAsync)
            .WithName("MarkRead")
            .WithSummary("Mark the room read up to a message (broadcast as `read`)")
            .WithDescription("The room's members (others get 403). Body {message_id}: the caller's unread count in the room goes down "
                + "to what came after it, and the room's connections get a `read` frame.");
        return chat;
    }

    private static async Task<Results<Ok<HistoryPage>, ValidationProblem, ProblemHttpResult>> HistoryAsync(
        long roomId, long? before, int? limit, ClaimsPrincipal user, HttpRequest http, ChatDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (before is <= 0)
        {
            errors.Add("before", Texts.BeforeNumber);
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", Texts.FormatLimitRange(MaxLimit));
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
            return MediaLookupProblems.Unavailable(http.HttpContext.Response, Texts.ImagesSubject);
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
            SendOutcome.NotMember => Problem.Forbidden(Texts.FormatNotMember(roomId)),
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
            errors.Add("message_id", Texts.MessageIdNumber);
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
        _ => Problem.Forbidden(Texts.FormatNotMember(roomId)),
    };

    private static ProblemHttpResult Unavailable(HttpResponse response)
    {
        response.Headers.RetryAfter = "2";
        return Problem.Unavailable(Texts.NotStoredRetry);
    }
}
