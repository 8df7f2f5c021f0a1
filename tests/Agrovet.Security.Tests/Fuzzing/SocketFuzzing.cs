using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Agrovet.LocalInfrastructure;
using Agrovet.Security.Tests.Authorization;
using Agrovet.Security.Tests.Platform;

namespace Agrovet.Security.Tests.Fuzzing;

/// <summary>
/// Hostile WebSocket frames for chat (<c>/ws/chat/{room_id}/</c>) and compute (<c>/ws/compute</c>) through the
/// gateway, each on a socket of its own: every one is answered with an error frame (after which the socket still
/// answers a ping) or closed with a policy code (1008, 1009, or 1007 for text that is not UTF-8), and the server
/// accepts a new socket afterwards.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SocketFuzzing(SecurityPlatform platform)
{
    private static readonly int[] PolicyCloses = [(int)WebSocketCloseStatus.InvalidPayloadData, (int)WebSocketCloseStatus.PolicyViolation, (int)WebSocketCloseStatus.MessageTooBig];

    private static readonly (string What, WebSocketMessageType Type, byte[] Bytes)[] Common =
    [
        ("text that is not JSON", WebSocketMessageType.Text, "garbage{"u8.ToArray()),
        ("an empty text frame", WebSocketMessageType.Text, []),
        ("JSON null", WebSocketMessageType.Text, "null"u8.ToArray()),
        ("a JSON array", WebSocketMessageType.Text, "[1,2]"u8.ToArray()),
        ("an unknown type", WebSocketMessageType.Text, "{\"type\":\"launch\"}"u8.ToArray()),
        ("a type that is a number", WebSocketMessageType.Text, "{\"type\":123}"u8.ToArray()),
        ("no type", WebSocketMessageType.Text, "{\"body\":\"hola\"}"u8.ToArray()),
        ("a NUL in the type", WebSocketMessageType.Text, "{\"type\":\"pi\\u0000ng\"}"u8.ToArray()),
        ("a lone surrogate", WebSocketMessageType.Text, "{\"type\":\"\\ud800\"}"u8.ToArray()),
        ("JSON nested 3,000 deep", WebSocketMessageType.Text, Encoding.UTF8.GetBytes("{\"type\":" + HostileValues.Deep(3_000) + "}")),
        ("a binary frame", WebSocketMessageType.Binary, [0x00, 0xFF, 0x89, 0x50, 0x4E, 0x47]),
        ("text that is not UTF-8", WebSocketMessageType.Text, [0x7B, 0xC3, 0x28, 0xFF, 0x7D]),
        ("a 1 MB frame", WebSocketMessageType.Text, Encoding.UTF8.GetBytes("{\"type\":\"ping\",\"x\":\"" + new string('a', 1_000_000) + "\"}")),
    ];

    private static readonly (string What, WebSocketMessageType Type, byte[] Bytes)[] Chat =
    [
        .. Common,
        ("a message whose body is a number", WebSocketMessageType.Text, "{\"type\":\"message\",\"body\":12}"u8.ToArray()),
        ("a message with a NUL", WebSocketMessageType.Text, "{\"type\":\"message\",\"body\":\"a\\u0000b\"}"u8.ToArray()),
        ("a message with a lone surrogate", WebSocketMessageType.Text, "{\"type\":\"message\",\"body\":\"\\udfff\"}"u8.ToArray()),
        ("an edit of a message id that is text", WebSocketMessageType.Text, "{\"type\":\"edit\",\"message_id\":\"x\",\"body\":\"a\"}"u8.ToArray()),
        ("a read marker of 1e400", WebSocketMessageType.Text, "{\"type\":\"read\",\"message_id\":1e400}"u8.ToArray()),
        ("a delete of a message that does not exist", WebSocketMessageType.Text, "{\"type\":\"delete\",\"message_id\":9223372036854775807}"u8.ToArray()),
        ("media ids that are not ids", WebSocketMessageType.Text, "{\"type\":\"message\",\"body\":\"a\",\"media_ids\":[\"../x\",null]}"u8.ToArray()),
    ];

    private static readonly (string What, WebSocketMessageType Type, byte[] Bytes)[] Compute =
    [
        .. Common,
        ("a render id that is text", WebSocketMessageType.Text, "{\"type\":\"render\",\"id\":\"x\",\"params\":{}}"u8.ToArray()),
        ("render params that are text", WebSocketMessageType.Text, "{\"type\":\"render\",\"id\":1,\"params\":\"all\"}"u8.ToArray()),
        ("a negative width", WebSocketMessageType.Text, "{\"type\":\"render\",\"id\":1,\"params\":{\"dataset\":\"crop-yields-1m\",\"width\":-5}}"u8.ToArray()),
        ("a width of 1e400", WebSocketMessageType.Text, "{\"type\":\"render\",\"id\":1,\"params\":{\"dataset\":\"crop-yields-1m\",\"width\":1e400}}"u8.ToArray()),
        ("a dataset path", WebSocketMessageType.Text, "{\"type\":\"render\",\"id\":1,\"params\":{\"dataset\":\"../../etc/passwd\"}}"u8.ToArray()),
        ("a dataset with a NUL", WebSocketMessageType.Text, "{\"type\":\"render\",\"id\":1,\"params\":{\"dataset\":\"a\\u0000\"}}"u8.ToArray()),
        ("an inspect with text pixels", WebSocketMessageType.Text, "{\"type\":\"inspect\",\"id\":2,\"px\":\"a\",\"py\":null}"u8.ToArray()),
        ("an id past 64 bits", WebSocketMessageType.Text, "{\"type\":\"ping\",\"id\":99999999999999999999999}"u8.ToArray()),
    ];

    [Fact]
    public async Task Hostile_chat_frames_get_an_error_frame_or_a_policy_close_and_the_server_stays_up()
    {
        var accounts = await platform.AccountsAsync();
        var owner = accounts.OwnerOfRole("consumer");
        var room = await Api.PostAsync(owner.Client, "/api/chat/rooms/", new { kind = "group", name = "Sala de pruebas", member_ids = new[] { accounts.Member.Id } });
        var uri = SocketUri($"/ws/chat/{room.GetProperty("id").GetInt64()}/", owner.AccessToken);
        await AssertAllAnsweredAsync(uri, "hello", "{\"type\":\"ping\"}", Chat);
    }

    [Fact]
    public async Task Hostile_compute_frames_get_an_error_frame_or_a_policy_close_and_the_server_stays_up()
    {
        var accounts = await platform.AccountsAsync();
        var uri = SocketUri("/ws/compute", accounts.OfRole("specialist").AccessToken);
        await AssertAllAnsweredAsync(uri, "ready", "{\"type\":\"ping\",\"id\":9}", Compute);
    }

    private Uri SocketUri(string path, string token) =>
        new($"ws://{platform.GatewayUrl.Authority}{path}?token={Uri.EscapeDataString(token)}");

    private async Task AssertAllAnsweredAsync(Uri uri, string greeting, string ping, (string What, WebSocketMessageType Type, byte[] Bytes)[] cases)
    {
        var processes = platform.Platform.ProcessIds;
        var failures = new List<string>();
        foreach (var (what, type, bytes) in cases)
        {
            using var socket = await ConnectAsync(uri, greeting);
            var outcome = await SendAsync(socket, type, bytes);
            if (outcome.Kind == "error frame")
            {
                var pong = await SendAsync(socket, WebSocketMessageType.Text, Encoding.UTF8.GetBytes(ping), "pong");
                if (pong.Kind != "pong")
                {
                    failures.Add($"{what}: answered with an error frame, but then a ping got {pong}");
                }
            }
            else if (outcome.CloseCode is not { } code || !PolicyCloses.Contains(code))
            {
                failures.Add($"{what}: {outcome}");
            }
        }

        using (await ConnectAsync(uri, greeting))
        {
        }

        Assert.All(processes, pid => Assert.True(ProcessSignals.IsAlive(pid), $"process {pid} stopped during the socket fuzzing"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases.Length} hostile frames to {uri.AbsolutePath}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} hostile frames to {uri.AbsolutePath} were not answered with an error frame or a policy close:\n{string.Join('\n', failures)}");
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri uri, string greeting)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(uri, Ct);
        var first = await ReceiveAsync(socket, greeting);
        Assert.True(first.Kind == greeting, $"{uri.AbsolutePath} greeted with {first}, not a {greeting} frame");
        return socket;
    }

    /// <summary>Sends one frame and waits for an error frame (or <paramref name="awaited"/>), or for the close.</summary>
    private static async Task<SocketOutcome> SendAsync(ClientWebSocket socket, WebSocketMessageType type, byte[] bytes, string awaited = "error")
    {
        try
        {
            await socket.SendAsync(bytes, type, endOfMessage: true, Ct);
        }
        catch (WebSocketException) when (socket.CloseStatus is not null || socket.State != WebSocketState.Open)
        {
            // The server closed while the frame was still going out (a frame over its limit); the close says why.
        }

        return await ReceiveAsync(socket, awaited);
    }

    /// <summary>Reads frames until one of type <paramref name="awaited"/> arrives or the socket closes; other frames (presence, typing) are skipped.</summary>
    private static async Task<SocketOutcome> ReceiveAsync(ClientWebSocket socket, string awaited)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, timeout.Token);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return SocketOutcome.Closed((int?)result.CloseStatus, result.CloseStatusDescription);
                }

                if (result.MessageType != WebSocketMessageType.Text)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(frame.ToArray());
                using var json = JsonDocument.Parse(text);
                var kind = json.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (kind == awaited || kind == "error")
                {
                    return new SocketOutcome(kind == "error" ? "error frame" : kind, null, text.Length <= 300 ? text : text[..300]);
                }
            }
        }
        catch (WebSocketException e)
        {
            return socket.CloseStatus is { } status ? SocketOutcome.Closed((int)status, socket.CloseStatusDescription) : SocketOutcome.Silence($"the connection broke: {e.Message}");
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
        {
            return SocketOutcome.Silence("no answer within 30 s");
        }
    }
}
