using System.Globalization;
using System.Security.Claims;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Rendering;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Agrovet.Compute.Streaming;

public static class ComputeSocketEndpoints
{
    public const string Path = "/ws/compute";

    public static WebApplication MapComputeSocket(this WebApplication app)
    {
        // The token (redeemed from ?ticket=, or ?token=, or the Authorization header) is checked by authentication before the upgrade is accepted:
        // a missing, expired, revoked or forged one is a 401 problem+json and no socket is ever opened.
        app.MapGet(Path, AcceptAsync)
            .RequireAuthorization()
            .WithTags("Streaming")
            .WithName("ComputeSocket")
            .WithSummary("WebSocket: live, progressive renders of views as the user pans and zooms")
            .WithDescription("Signed-in users, up to a number of sockets per account (429 beyond it). Changes nothing. Open with a "
                + "WebSocket upgrade and ?ticket=<single-use ticket from POST /api/auth/token/socket/> (or ?token=<access token>); a request that is not a WebSocket upgrade answers 400. Send JSON text frames: {\"type\":\"render\",\"id\":n,"
                + "\"params\":{...the parameters of /compute/render.png...}}, {\"type\":\"inspect\",\"id\":n,\"px\":x,\"py\":y} (the latest "
                + "view, or send its params), {\"type\":\"cancel\"}, {\"type\":\"ping\",\"id\":n}. Each render is answered by a binary "
                + "frame with the coarse preview (from the sample) and one with the full render: a 4-byte big-endian length, a JSON "
                + "header (id, stage, ranges, min, max, legend, timings) and the PNG. A newer render cancels the one in flight; "
                + "nothing of a superseded render is sent. A bad message gets a JSON error frame and the socket stays open; a "
                + "message over the size limit closes it with 1009, too many messages with 1008. The compute README has the protocol.")
            .WithParameterDescription("ticket", "A single-use ticket from POST /api/auth/token/socket/ (valid 30 s), since a browser's "
                + "WebSocket cannot send an Authorization header; a used, expired or unknown one answers 401 before the upgrade.")
            .WithParameterDescription("token", "The access token (from POST /api/auth/login/), in place of a ticket; a missing, expired "
                + "or revoked one answers 401 before the upgrade. A ticket keeps the token out of the URL, which the server holds for the socket's life.")
            .Produces(StatusCodes.Status101SwitchingProtocols)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The socket opens with 101 over HTTP/1.1 and with 200 over HTTP/2 (extended CONNECT, RFC 8441), which
                // ASP.NET Core accepts too: both are how this endpoint succeeds.
                if (operation.Responses is { } responses)
                {
                    responses["101"] = new OpenApiResponse { Description = "The WebSocket is open (HTTP/1.1 upgrade)." };
                    responses["200"] = new OpenApiResponse { Description = "The WebSocket is open (HTTP/2 extended CONNECT, RFC 8441)." };
                }

                return Task.CompletedTask;
            })
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> AcceptAsync(
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "ticket")] string? ticket,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "token")] string? token,
        HttpContext http,
        ClaimsPrincipal user,
        DatasetStore store,
        ViewRenderer renderer,
        SocketCounter sockets,
        IOptions<ComputeOptions> options,
        IOptions<JsonOptions> json,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        _ = (ticket, token);
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return Problem.BadRequest(Messages.FormatWebSocketOnly(Path));
        }
        var streaming = options.Value.Streaming;
        var userId = user.Id();
        if (!sockets.TryOpen(userId, streaming.MaxSocketsPerUser))
        {
            return Problem.TooManyRequests(Messages.FormatTooManySockets(streaming.MaxSocketsPerUser));
        }
        try
        {
            // The token a ticket was redeemed for is not needed past authentication, and the request lives as long as the socket.
            http.Items.Remove(SocketTickets.AccessTokenItem);
            using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                KeepAliveInterval = streaming.KeepAliveInterval,
                KeepAliveTimeout = streaming.KeepAliveTimeout,
            });
            var expiresAt = long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var exp)
                ? DateTimeOffset.FromUnixTimeSeconds(exp)
                : (DateTimeOffset?)null;
            var ready = new ReadyFrame("ready", userId, user.Username(),
                new SocketLimits(streaming.MaxMessageBytes, streaming.MessagesPerSecond, streaming.MessageBurst), expiresAt);
            using var session = new ComputeSession(socket, store, renderer, streaming, json.Value.SerializerOptions, time,
                loggers.CreateLogger<ComputeSession>());
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
            await session.RunAsync(ready, expiresAt, stopping.Token);
        }
        finally
        {
            sockets.Close(userId);
        }
        return TypedResults.Empty;
    }
}
