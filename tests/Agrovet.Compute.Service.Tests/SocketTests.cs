using System.Net.WebSockets;
using StbImageSharp;

namespace Agrovet.Compute.Service.Tests;

public sealed class SocketTests(ComputeApiFactory api) : IClassFixture<ComputeApiFactory>
{
    public static object ViewOf(double west, double width = 10) => new Dictionary<string, object>
    {
        ["dataset"] = SampleDatasets.CropYields,
        ["agg"] = "mean",
        ["width"] = 320,
        ["height"] = 240,
        ["x_range"] = new[] { west, west + width },
        ["y_range"] = "-38,-28",
    };

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJFUzI1NiIsImtpZCI6Im5vcGUifQ.eyJzdWIiOiIxIn0.AAAA")]
    public async Task A_missing_or_bad_token_is_refused_with_401_before_the_upgrade(string? token)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var query = token is null ? "" : $"?token={Uri.EscapeDataString(token)}";

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri($"ws://{api.ServerAddress.Authority}/ws/compute{query}"), Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task A_ticket_from_auth_opens_the_socket_once_and_a_used_one_is_refused_with_401()
    {
        var member = await api.SignUpAsync();
        using var auth = api.Auth.CreateClient().WithBearer(member.AccessToken);
        using var issued = await auth.PostAsync(AuthApi.SocketTicket, null, Ct);
        var ticket = (await issued.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("ticket").GetString()!;
        var uri = new Uri($"ws://{api.ServerAddress.Authority}/ws/compute?ticket={Uri.EscapeDataString(ticket)}");

        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(uri, Ct);
            var ready = await socket.ReceiveFrameAsync();
            Assert.Equal("ready", ready.Type);
            Assert.Equal(member.Id, ready.Json.GetProperty("user_id").GetInt64());
        }

        using var again = new ClientWebSocket();
        again.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => again.ConnectAsync(uri, Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, again.HttpStatusCode);
    }

    [Fact]
    public async Task A_plain_request_to_the_socket_endpoint_is_a_400_problem_saying_to_upgrade()
    {
        var member = await api.SignUpAsync();

        using var response = await member.Client.GetAsync("/ws/compute", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("WebSocket", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_render_is_answered_by_a_coarse_preview_then_the_full_render_with_range_and_legend()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        var ready = await socket.ReceiveFrameAsync();
        Assert.Equal("ready", ready.Type);
        Assert.Equal(member.Id, ready.Json.GetProperty("user_id").GetInt64());

        await socket.SendRenderAsync(7, ViewOf(-66));
        var frames = await socket.ReceiveUntilAsync(f => f.Stage == "full");

        Assert.Equal(["preview", "full"], frames.Select(f => f.Stage));
        Assert.All(frames, f => Assert.Equal(7, f.Id));
        var (preview, full) = (frames[0], frames[1]);
        Assert.Equal((160, 120), Size(preview.Png!));
        Assert.Equal((320, 240), Size(full.Png!));
        Assert.Equal([-66.0, -56.0], full.Json.GetProperty("x_range").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([-66.0, -56.0], preview.Json.GetProperty("x_range").EnumerateArray().Select(e => e.GetDouble()));
        Assert.True(full.Json.GetProperty("min").GetDouble() < full.Json.GetProperty("max").GetDouble());
        Assert.Equal("eq_hist", full.Json.GetProperty("legend").GetProperty("how").GetString());
        Assert.NotEmpty(full.Json.GetProperty("legend").GetProperty("stops").EnumerateArray());
        Assert.True(full.Json.GetProperty("blocks_read").GetInt32() <= full.Json.GetProperty("blocks_total").GetInt32());
        Assert.True(full.Json.GetProperty("timings").GetProperty("since_request_ms").GetDouble() > 0);
    }

    [Fact]
    public async Task A_newer_view_cancels_the_one_in_flight_and_nothing_of_the_old_one_comes_after_it()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();

        for (var round = 0; round < 5; round++)
        {
            await socket.SendRenderAsync((round * 2) + 1, ViewOf(-70, 20));
            await socket.SendRenderAsync((round * 2) + 2, ViewOf(-66));
            var frames = await socket.ReceiveUntilAsync(f => f.Stage == "full" && f.Id == (round * 2) + 2);

            var firstOfNewer = frames.FindIndex(f => f.Id == (round * 2) + 2);
            Assert.DoesNotContain(frames.Skip(firstOfNewer), f => f.Id == (round * 2) + 1);
            Assert.Single(frames, f => f.Stage == "full" && f.Id == (round * 2) + 2);
        }
    }

    [Fact]
    public async Task Bad_messages_get_error_frames_and_the_socket_stays_open()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();

        await socket.SendTextAsync("this is not json");
        Assert.Equal("invalid_json", (await socket.ReceiveFrameAsync()).Code);

        await socket.SendTextAsync("""{"type":"teleport","id":2}""");
        var unknown = await socket.ReceiveFrameAsync();
        Assert.Equal(("invalid_message", 2L), (unknown.Code, unknown.Id));
        Assert.True(unknown.Json.GetProperty("errors").TryGetProperty("type", out _));

        await socket.SendRenderAsync(3, new Dictionary<string, object> { ["dataset"] = SampleDatasets.CropYields, ["width"] = 0, ["cmap"] = "rainbow_unicorn" });
        var invalid = await socket.ReceiveFrameAsync();
        Assert.Equal(("invalid_parameters", 3L), (invalid.Code, invalid.Id));
        Assert.Equal(["cmap", "width"], invalid.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        await socket.SendRenderAsync(4, new Dictionary<string, object> { ["dataset"] = SampleDatasets.CropYields, ["colour"] = "red" });
        var unknownParameter = await socket.ReceiveFrameAsync();
        Assert.True(unknownParameter.Json.GetProperty("errors").TryGetProperty("colour", out _));

        await socket.SendTextAsync("""{"type":"render","id":5}""");
        Assert.True((await socket.ReceiveFrameAsync()).Json.GetProperty("errors").TryGetProperty("params", out _));

        await socket.SendTextAsync("""{"type":"render","id":-1,"params":{"dataset":"x"}}""");
        Assert.True((await socket.ReceiveFrameAsync()).Json.GetProperty("errors").TryGetProperty("id", out _));

        await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, Ct);
        Assert.Equal("binary_not_accepted", (await socket.ReceiveFrameAsync()).Code);

        await socket.SendTextAsync("""{"type":"inspect","id":6,"px":1,"py":1}""");
        Assert.Equal("no_view", (await socket.ReceiveFrameAsync()).Code);

        await socket.SendRenderAsync(8, ViewOf(-66));
        var frames = await socket.ReceiveUntilAsync(f => f.Stage == "full");
        Assert.Equal(8, frames[^1].Id);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_message_gets_an_error_frame_and_the_socket_stays_open()
    {
        // Found by the platform's socket fuzzing: "\ud800" parsed as JSON but could not be read as a string, and the
        // exception ended the socket with a normal close instead of an error frame.
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();

        await socket.SendTextAsync("""{"type":"\ud800","id":1}""");
        Assert.Equal("invalid_json", (await socket.ReceiveFrameAsync()).Code);
        await socket.SendTextAsync("""{"type":"render","id":2,"params":{"dataset":"\udfff"}}""");
        Assert.Equal("error", (await socket.ReceiveFrameAsync()).Type);

        await socket.SendTextAsync("""{"type":"ping","id":3}""");
        Assert.Equal(3L, (await socket.ReceiveFrameAsync()).Id);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_text_frame_that_is_not_UTF8_closes_the_socket_with_1007()
    {
        // Found by the platform's socket fuzzing: the socket refused the frame, but the session ended at once and the
        // connection went down before its close frame reached the client, which saw the connection drop instead.
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();

        await socket.SendAsync(new byte[] { 0x7B, 0xC3, 0x28, 0xFF, 0x7D }, WebSocketMessageType.Text, endOfMessage: true, Ct);
        var close = await socket.ReceiveFrameAsync();

        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, close.CloseStatus);
    }

    [Fact]
    public async Task Inspect_reads_the_latest_view_and_ping_is_answered()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();
        await socket.SendRenderAsync(1, ViewOf(-66));
        await socket.ReceiveUntilAsync(f => f.Stage == "full");

        await socket.SendJsonAsync(new { type = "inspect", id = 2, px = 100, py = 120 });
        var inspect = await socket.ReceiveFrameAsync();
        await socket.SendJsonAsync(new { type = "inspect", id = 3, px = 320, py = 0 });
        var offCanvas = await socket.ReceiveFrameAsync();
        await socket.SendJsonAsync(new { type = "ping", id = 4 });
        var pong = await socket.ReceiveFrameAsync();

        Assert.Equal(("inspect", 2L), (inspect.Type, inspect.Id));
        Assert.Equal("mean", inspect.Json.GetProperty("result").GetProperty("agg").GetString());
        Assert.Equal(100, inspect.Json.GetProperty("result").GetProperty("px").GetInt32());
        Assert.True(offCanvas.Json.GetProperty("errors").TryGetProperty("px", out _));
        Assert.Equal(("pong", 4L), (pong.Type, pong.Id));
    }

    [Fact]
    public async Task Closing_the_socket_is_answered_with_a_normal_close()
    {
        var member = await api.SignUpAsync();
        using var socket = await api.ConnectAsync(member.AccessToken, Ct);
        await socket.ReceiveFrameAsync();
        await socket.SendRenderAsync(1, ViewOf(-66));

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Ct);

        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    private static (int Width, int Height) Size(byte[] png)
    {
        var image = ImageResult.FromMemory(png);
        return (image.Width, image.Height);
    }
}
