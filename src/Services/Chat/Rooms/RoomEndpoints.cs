using System.Security.Claims;
using Agrovet.Chat.Data;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Pagination;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Chat.Rooms;

public static class RoomEndpoints
{
    public static RouteGroupBuilder MapRooms(this RouteGroupBuilder chat)
    {
        var rooms = chat.MapGroup("rooms").WithTags("Rooms").RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized);
        rooms.MapGet("/", ListAsync)
            .WithName("ListRooms")
            .WithSummary("My rooms, most recently active first")
            .WithDescription("Signed-in users: the rooms they are a member of, each with its members, the ad (ad rooms), the newest "
                + "message's preview and their unread count. Changes nothing.")
            .WithParameterDescription("kind", "direct, group or ad: only rooms of that kind; absent: every kind.");
        rooms.MapPost("/", CreateAsync)
            .WithName("CreateRoom")
            .WithSummary("Open a room: direct (found again), group, or about an ad (found again)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithDescription("Signed-in users. `{\"kind\":\"direct\",\"user_id\":7}`, `{\"kind\":\"group\",\"name\":\"...\",\"member_ids\":[7,8]}` "
                + "or `{\"kind\":\"ad\",\"ad_id\":42}` (you and its seller). 201 when new (raises chat.room.created), 200 when an "
                + "existing direct or ad room is found again. 503 when the marketplace must be asked about the ad and does not answer.")
            .Produces<RoomResponse>(StatusCodes.Status201Created)
            .Produces<RoomResponse>();
        rooms.MapGet("{id:long}/", GetAsync)
            .WithName("GetRoom")
            .WithSummary("One of my rooms")
            .WithDescription("The room's members (others get 403). Changes nothing. An unknown room answers 404.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rooms.MapPatch("{id:long}/", RenameAsync)
            .WithName("RenameRoom")
            .WithSummary("Rename a group (its owner)")
            .WithDescription("The group's owner (other members get 403; a room the caller is not in answers 404). Body {name}. Only "
                + "groups have a name: a direct or ad room answers 400.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rooms.MapPost("{id:long}/members/", AddMemberAsync)
            .WithName("AddRoomMember")
            .WithSummary("Add a member to a group (its owner)")
            .WithDescription("The group's owner (other members get 403; a room the caller is not in answers 404). Body {user_id}: an "
                + "active user, who starts with nothing unread; adding a member twice changes nothing. A full group, or a direct or "
                + "ad room, answers 400.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rooms.MapDelete("{id:long}/members/{userId:long}/", RemoveMemberAsync)
            .WithName("RemoveRoomMember")
            .WithSummary("Remove a member from a group (its owner), or leave it (your own id)")
            .WithDescription("The group's owner removes anyone; any member removes themself (others get 403; a room the caller is not "
                + "in, or a user not in it, answers 404). An owner who leaves hands the group to the longest-standing member. The "
                + "removed member's open connections to the room close at once (4003). Direct and ad rooms keep their two people (400).")
            .WithParameterDescription("userId", "The user id of the member to remove: the caller's own id to leave the group.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        chat.MapGet("unread/", UnreadAsync)
            .RequireAuthorization()
            .WithTags("Rooms")
            .WithName("GetUnread")
            .WithSummary("Unread messages in all my rooms (the header badge)")
            .WithDescription("Signed-in users: the unread messages in the rooms they are a member of. Changes nothing.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return chat;
    }

    private static async Task<Results<Ok<PagedResponse<RoomResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, HttpRequest http, RoomQueries queries, string? kind, int? page, [FromQuery(Name = "page_size")] int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.Parse(page, pageSize, errors);
        if (kind is not null)
        {
            RoomRules.Kind(kind, errors);
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await queries.ListAsync(user.Id(), kind, paging, http, cancellationToken));
    }

    private static async Task<Results<Created<RoomResponse>, Ok<RoomResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateRoomRequest request, ClaimsPrincipal user, HttpResponse http, ChatDbContext db, RoomChanges changes, RoomQueries queries, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var kind = RoomRules.Kind(request.Kind, errors);
        string? name = null;
        switch (kind)
        {
            case RoomKind.Direct:
                errors.Required("user_id", request.UserId);
                break;
            case RoomKind.Ad:
                errors.Required("ad_id", request.AdId);
                break;
            case RoomKind.Group:
                name = RoomRules.Name(request.Name, errors);
                break;
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var callerId = user.Id();
        // Others see the caller's name from now on, even before their events arrive.
        await new UserCopies(db).CallerAsync(CallerClaims.Of(user), cancellationToken);
        var outcome = kind switch
        {
            RoomKind.Direct => await changes.OpenDirectAsync(callerId, request.UserId!.Value, cancellationToken),
            RoomKind.Ad => await changes.OpenAdAsync(callerId, request.AdId!.Value, cancellationToken),
            _ => await changes.CreateGroupAsync(callerId, name!, request.MemberIds ?? [], cancellationToken),
        };
        if (outcome is RoomChangeOutcome.Invalid invalid)
        {
            return Problem.Invalid(invalid.Field, invalid.Detail);
        }

        if (outcome is not RoomChangeOutcome.Done done)
        {
            return Refusal(outcome, http);
        }

        var room = (await queries.FindAsync(done.RoomId, callerId, cancellationToken))!;
        return done.Created ? TypedResults.Created($"/api/chat/rooms/{room.Id}/", room) : TypedResults.Ok(room);
    }

    private static async Task<Results<Ok<RoomResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, ChatDbContext db, RoomQueries queries, CancellationToken cancellationToken)
    {
        if (await StandingProblemAsync(db, id, user.Id(), cancellationToken) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok((await queries.FindAsync(id, user.Id(), cancellationToken))!);
    }

    private static async Task<Results<Ok<RoomResponse>, ValidationProblem, ProblemHttpResult>> RenameAsync(
        long id, UpdateRoomRequest request, ClaimsPrincipal user, HttpResponse http, RoomChanges changes, RoomQueries queries, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = RoomRules.Name(request.Name, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var outcome = await changes.RenameAsync(id, user.Id(), name!, cancellationToken);
        return outcome switch
        {
            RoomChangeOutcome.Done => TypedResults.Ok((await queries.FindAsync(id, user.Id(), cancellationToken))!),
            RoomChangeOutcome.Invalid invalid => Problem.Invalid(invalid.Field, invalid.Detail),
            _ => Refusal(outcome, http),
        };
    }

    private static async Task<Results<Created<RoomResponse>, Ok<RoomResponse>, ValidationProblem, ProblemHttpResult>> AddMemberAsync(
        long id, AddMemberRequest request, ClaimsPrincipal user, HttpResponse http, RoomChanges changes, RoomQueries queries, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("user_id", request.UserId))
        {
            return errors.ToProblem();
        }

        var outcome = await changes.AddMemberAsync(id, user.Id(), request.UserId!.Value, cancellationToken);
        if (outcome is RoomChangeOutcome.Invalid invalid)
        {
            return Problem.Invalid(invalid.Field, invalid.Detail);
        }

        if (outcome is not RoomChangeOutcome.Done done)
        {
            return Refusal(outcome, http);
        }

        var room = (await queries.FindAsync(id, user.Id(), cancellationToken))!;
        return done.Created ? TypedResults.Created($"/api/chat/rooms/{id}/", room) : TypedResults.Ok(room);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveMemberAsync(
        long id, long userId, ClaimsPrincipal user, HttpResponse http, RoomChanges changes, CancellationToken cancellationToken)
    {
        var outcome = await changes.RemoveMemberAsync(id, user.Id(), userId, cancellationToken);
        return outcome switch
        {
            RoomChangeOutcome.Done => TypedResults.NoContent(),
            RoomChangeOutcome.Invalid invalid => Problem.Invalid(invalid.Field, invalid.Detail),
            _ => Refusal(outcome, http),
        };
    }

    private static async Task<Ok<UnreadResponse>> UnreadAsync(ClaimsPrincipal user, RoomQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.UnreadAsync(user.Id(), cancellationToken));

    /// <summary>404 for a room that does not exist, 403 for one that is not the caller's, null for the caller's own.</summary>
    public static async Task<ProblemHttpResult?> StandingProblemAsync(ChatDbContext db, long roomId, long userId, CancellationToken cancellationToken) =>
        await db.StandingAsync(roomId, userId, cancellationToken) switch
        {
            RoomStanding.NoSuchRoom => Problem.NotFound(Texts.FormatNoSuchRoom(roomId)),
            RoomStanding.NotMember => Problem.Forbidden(Texts.FormatNotMemberAskOwner(roomId)),
            _ => null,
        };

    private static ProblemHttpResult Refusal(RoomChangeOutcome outcome, HttpResponse http) => outcome switch
    {
        RoomChangeOutcome.NotFound n => Problem.NotFound(n.Detail),
        RoomChangeOutcome.Forbidden f => Problem.Forbidden(f.Detail),
        RoomChangeOutcome.Unavailable u => Unavailable(http, u.Detail),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };

    private static ProblemHttpResult Unavailable(HttpResponse http, string detail)
    {
        http.Headers.RetryAfter = "5";
        return Problem.Unavailable(detail);
    }
}
