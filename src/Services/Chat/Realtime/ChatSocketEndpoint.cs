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
    /// <c>/ws/chat/{room_id}/?ticket=&amp;since=</c> (or <c>?token=</c>): the token (ServiceDefaults reads it from <c>?token=</c>,
    /// or redeems the single-use <c>?ticket=</c> for it, on /ws paths)
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
            .WithDescription("Upgrade with `?ticket=<single-use ticket from POST /api/auth/token/socket/>` (or `?token=<access token>`) and optionally `?since=<last message id>` to replay the messages missed, with `&since_change=<last change number>` (hello's `last_change`, each edit's and delete's `change`) to replay the edits and deletes missed too. Refused before the upgrade: 401 (bad, expired or revoked token; used or expired ticket), 404 (no such room), 403 (not a member), 400 (not a WebSocket request or a bad `since`).")
            .ExcludeFromDescription();
        return app;
    }

    // No scoped service is taken as a parameter: what the request's scope holds lives as long as the socket, and a
    // DbContext with its EF services weighed ~20 KB per idle connection. The checks use a scope of their own, ended first.
    private static async Task<IResult> ConnectAsync(
        long roomId, HttpContext http, ClaimsPrincipal user, ConnectionServices services, CancellationToken cancellationToken)
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
        var caller = CallerClaims.Of(user);
        if (await RefusalAsync(services, roomId, caller, cancellationToken) is { } problem)
        {
            return problem;
        }

        var redeemed = http.Items[SocketTickets.AccessTokenItem] as byte[];
        var token = new ConnectionToken(
            redeemed is null ? QueryAccessToken(http) : default,
            user.FindFirst(AgrovetClaims.TokenId)?.Value ?? string.Empty,
            caller.IssuedAt,
            long.TryParse(user.FindFirst(AgrovetClaims.Expires)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var exp)
                ? DateTimeOffset.FromUnixTimeSeconds(exp)
                : DateTimeOffset.MaxValue)
        {
            AccessTokenUtf8 = redeemed,
        };
        ReleaseQuery(http);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = services.Options.PingInterval,
            KeepAliveTimeout = services.Options.PingTimeout,
        });
        var connection = new ChatConnection(socket, services, roomId, new UserRef(userId, user.Username()), token);
        await connection.RunAsync(since, sinceChange, http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>The <c>?token=</c> as a slice of the request's query string (see <see cref="ConnectionToken"/>).</summary>
    private static ReadOnlyMemory<char> QueryAccessToken(HttpContext http)
    {
        var token = http.Request.Query["token"].ToString();
        var query = http.Request.QueryString.Value ?? string.Empty;
        var at = query.IndexOf(token, StringComparison.Ordinal);
        return at >= 0 ? query.AsMemory(at, token.Length) : token.AsMemory();
    }

    /// <summary>Drops the parsed query (a copy of the token); the request lives as long as the socket.</summary>
    private static void ReleaseQuery(HttpContext http) => http.Request.Query = QueryCollection.Empty;

    /// <summary>Why the caller may not join the room, or null; the caller's user copy is saved when it is new.</summary>
    private static async Task<IResult?> RefusalAsync(ConnectionServices services, long roomId, CallerClaims caller, CancellationToken cancellationToken)
    {
        await using var scope = services.Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        if (await RoomEndpoints.StandingProblemAsync(db, roomId, caller.Id, cancellationToken) is { } problem)
        {
            return problem;
        }

        await new UserCopies(db).CallerAsync(caller, cancellationToken);
        return null;
    }
}
