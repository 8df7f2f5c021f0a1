using System.Globalization;
using System.Net.WebSockets;
using System.Security.Claims;
using Agrovet.Chat.Data;
using Agrovet.Chat.Rooms;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Chat.Realtime;

public static class ChatSocketEndpoint
{
    public const string Path = "/ws/chat/{roomId:long}/";

    /// <summary>
    /// <c>/ws/chat/{room_id}/?token=&amp;since=</c>: the token (ServiceDefaults reads it from <c>?token=</c> on /ws paths)
    /// and the membership are checked before the upgrade is accepted — 401, 404 or 403 as problem+json otherwise.
    /// </summary>
    public static WebApplication MapChatSocket(this WebApplication app)
    {
        app.UseWebSockets();
        app.Map(Path, ConnectAsync)
            .RequireAuthorization()
            .WithTags("WebSocket")
            .WithName("ChatSocket")
            .WithSummary("A room's live WebSocket (see the service README for frames and close codes)")
            .WithDescription("Upgrade with `?token=<access token>` and optionally `?since=<last message id>` to replay the messages missed, with `&since_change=<last change number>` (hello's `last_change`, each edit's and delete's `change`) to replay the edits and deletes missed too. Refused before the upgrade: 401 (bad, expired or revoked token), 404 (no such room), 403 (not a member), 400 (not a WebSocket request or a bad `since`).")
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ConnectAsync(
        long roomId, HttpContext http, ClaimsPrincipal user, ChatDbContext db, ConnectionServices services, CancellationToken cancellationToken)
    {
        long? since = null;
        if (http.Request.Query.TryGetValue("since", out var sinceText))
        {
            if (!long.TryParse(sinceText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Problem.Invalid("since", Texts.SinceNumber);
            }

            since = parsed;
        }

        long? sinceChange = null;
        if (http.Request.Query.TryGetValue("since_change", out var sinceChangeText))
        {
            if (!long.TryParse(sinceChangeText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Problem.Invalid("since_change", Texts.SinceChangeNumber);
            }

            sinceChange = parsed;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return Problem.BadRequest(Texts.WebSocketOnly);
        }

        var userId = user.Id();
        if (await RoomEndpoints.StandingProblemAsync(db, roomId, userId, cancellationToken) is { } problem)
        {
            return problem;
        }

        var caller = CallerClaims.Of(user);
        await new UserCopies(db).CallerAsync(caller, cancellationToken);
        var token = new ConnectionToken(
            http.Request.Query["token"].ToString(),
            user.FindFirst(AgrovetClaims.TokenId)?.Value ?? string.Empty,
            caller.IssuedAt,
            long.TryParse(user.FindFirst(AgrovetClaims.Expires)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var exp)
                ? DateTimeOffset.FromUnixTimeSeconds(exp)
                : DateTimeOffset.MaxValue);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = services.Options.PingInterval,
            KeepAliveTimeout = services.Options.PingTimeout,
        });
        var connection = new ChatConnection(socket, services, roomId, new UserRef(userId, user.Username()), token);
        await connection.RunAsync(since, sinceChange, http.RequestAborted);
        return Results.Empty;
    }
}
